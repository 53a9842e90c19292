"""Writes syntax_errors.txt: for each bad program, what python3 prints on stderr and its exit status.

Run from this folder with CPython 3.11: python3 gen_syntax_errors.py
The JUnit test SyntaxErrorCliTest runs each program with `skein run` and compares.
"""
import os, subprocess, sys, tempfile

CASES = [
    "x = (1, 2\n",
    "def f(:\n    pass\n",
    "if True:\nprint('x')\n",
    "  x = 1\n",
    "for x in range(3):\n    pass\n  y = 2\n",
    "x = 1 +\n",
    "print('hello'\n",
    "return 5\n",
    "break\n",
    "def f():\n    yield = 3\n",
    "x = [1, 2, 3)\n",
    "class C\n    pass\n",
    "f(x for x in y, 1)\n",
    "a, b += 1\n",
    "def f(a, a):\n    pass\n",
    "x = 'unterminated\n",
    "x = 1\ny = = 2\n",
    "nonlocal x\n",
    "def f():\n    global x\n    x = 1\n    global x\n",
    "lambda: (yield)\nprint(1 2)\n",
    "f(**a, *b)\n",
    "del f()\n",
    "x = 5 if 3\n",
    "import\n",
    "try:\n    pass\n",
    "with open('f') as 1:\n    pass\n",
    "print(f'{x!z}')\n",
    "0777\n",
    "x = 1_\n",
    "\tif True:\n        pass\n",
]

def main():
    out = []
    with tempfile.TemporaryDirectory() as d:
        for i, src in enumerate(CASES):
            path = os.path.join(d, "bad.py")
            with open(path, "w") as f:
                f.write(src)
            r = subprocess.run([sys.executable, "bad.py"], cwd=d, capture_output=True, text=True)
            out.append("=== case %d status %d\n" % (i, r.returncode))
            out.append(src if src.endswith("\n") else src + "\n")
            out.append("--- stderr\n")
            out.append(r.stderr.replace(d, "DIR"))
    with open("syntax_errors.txt", "w") as f:
        f.write("".join(out))

if __name__ == "__main__":
    main()
