# Checks round() on floats: banker's rounding, ndigits, negative ndigits, ints returned.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1e20, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(2.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(-0.4), round(-0.4, 0), round(1234.5678, -2), round(0.0), round(-0.0, 1))
print(round(5e-324, 400), round(1.23456789, 5), round(9.995, 2), round(0.285, 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
