# Checks split/rsplit/splitlines with and without separators and maxsplit, and join.
print("a b  c\td\n".split())
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 1))
print("  lead and trail  ".split(), "".split(), "".split(","), "   ".split(" "))
print("a::b::c".split("::"), "1 2 3 4".split(None, 2), "1 2 3 4".rsplit(None, 2))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(str(i) for i in range(5)))
print("|".join(("single",)), "\n".join(["l1", "l2"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("k=v=w".split("=", maxsplit=1), "path/to/file.txt".rsplit("/", 1)[-1].split("."))
