# Checks int() parsing: bases, prefixes, whitespace, underscores, signs, and errors caught.
print(int("42"), int("  -17  "), int("+5"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("zz", 36))
print(int(3.99), int(-3.99), int(True), int("0"), int())
print(int("123456789012345678901234567890"))
print(int(1e20), int(-0.5))
for bad in ["", "abc", "1.5", "12a", "0x", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
