# Checks the builtin format() with many types and specs, and format errors.
print(format(42), format(42, "b"), format(-3.5, ".1f"), format("txt", "^9"), format([1, 2]))
print(format(1234.5, ","), format(0.000012, ".2e"), format(7, "03"), format(2 ** 70, ","))
print(format(True), format(None), format(1.0), format(-0.0))
for v, spec in [(1, "s"), ("x", "d"), (1.5, "x"), ("s", ",")]:
    try:
        format(v, spec)
    except ValueError as e:
        print("ValueError:", e)
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
