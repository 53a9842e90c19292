# Checks str.format with positional, keyword, index, attribute access, conversions and nesting.
print("{}-{}-{}".format(1, 2, 3), "{2}{1}{0}".format("a", "b", "c"), "{x}{y}".format(x=1, y=2))
print("{0!r:>8}|{0!s:<8}|".format("hi"))
print("{:,.2f}".format(1234567.891), "{:>{}}".format("w", 6), "{:{}{}}".format(5, "0", 4))
pt = {"x": 1, "y": [10, 20]}
print("{p[x]} {p[y][1]}".format(p=pt))
print("{0.real} {0.imag}".format(3))
for bad in ["{0} {2}", "{", "{x}"]:
    try:
        print(bad.format("only"))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
