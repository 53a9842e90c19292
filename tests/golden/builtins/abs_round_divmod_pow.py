# Checks abs, round, divmod and pow on ints, floats and bools, including 3-argument pow.
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-(2 ** 70)))
print(round(3.14159, 2), round(-2.5), round(7), round(1234, -2), round(0.5), round(1.5), round(2.675, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, -5), divmod(True, 2))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(3, 4, 5), pow(-2, 3, 7), pow(7, -1, 11), pow(0, 0))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
