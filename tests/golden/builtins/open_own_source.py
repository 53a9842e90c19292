# Checks open() for reading the program's own source: read, readline, iteration, with, splitlines.
SECRET_MARKER = "line with a marker"
with open(__file__) as f:
    first = f.readline()
    second = f.readline()
    rest = f.read()
print(repr(first))
print(repr(second))
print(len(rest.splitlines()) > 5, rest.endswith("\n"))
with open(__file__, encoding="utf-8") as f:
    lines = [ln.rstrip("\n") for ln in f]
print(len(lines) == 1 + 1 + len(rest.splitlines()))
print([ln for ln in lines if "SECRET_MARKER =" in ln and not ln.startswith("print")])
with open(__file__) as f:
    print(f.read(8), f.closed)
print(f.closed)
try:
    open("no_such_file_for_golden_test.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
