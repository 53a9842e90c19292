# Checks int() on floats with large magnitudes, float() of ints and str round trips.
print(int(1e15), int(1.5e16), int(2.0 ** 70), int(-2.5e3))
print(float(10 ** 15), float(2 ** 70), float(-7))
print(int(str(2 ** 200)) == 2 ** 200)
print(str(int("-000123")), int("00"), int("-0"))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int("  42\n"), int("\t7 "))
