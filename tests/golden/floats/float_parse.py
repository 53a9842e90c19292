# Checks float() parsing from strings and ints, and ValueError messages.
for s in ["1.5", "  -2.25 ", "1e3", "1E-3", ".5", "5.", "+3", "1_000.5", "inf", "-Infinity", "nan", "0x10" if False else "10"]:
    print(repr(s), float(s))
print(float(3), float(True), float(-0), float(10 ** 20), float())
for bad in ["", "abc", "1.2.3", "1e", "0x10", "1__0", "- 1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)
