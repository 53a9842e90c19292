# Writes expected.tsv for ModuleCasesTest: every case's Python expression (read from the Java
# test) evaluated by CPython 3.11, as "repr(result)" or "TypeName: message".
# Run: python3 -X utf8 gen_expected.py   (from this directory)
import math, os, re, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
JAVA = os.path.join(HERE, "../../../java/skein/interpreter/builtins/module/ModuleCasesTest.java")

def java_strings(src):
    for m in re.finditer(r'^\s*c\("((?:[^"\\]|\\.)*)",', src, re.M):
        yield re.sub(r'\\(.)', r'\1', m.group(1))

def outcome(expr):
    try:
        return repr(eval(expr, {"math": math, "sys": sys, "time": time}))
    except BaseException as e:
        return f"{type(e).__name__}: {e}"

def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")

assert sys.version_info[:2] == (3, 11), sys.version
with open(JAVA, encoding="utf-8") as f:
    exprs = list(java_strings(f.read()))
with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8", newline="\n") as out:
    for e in exprs:
        out.write(esc(e) + "\t" + esc(outcome(e)) + "\n")
print(len(exprs), "cases")
