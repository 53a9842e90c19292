# Checks comparisons between ints, floats and bools, including big ints vs floats.
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(1 < 1.5 < 2, 3 > True, False < 0.5)
print(max(3, 2.5, True), min(-1, -1.0), min(-1.0, -1))
print(sorted([3, 1.5, True, 0, -2.25, 2]))
print(10 ** 400 < float("inf"), 0 == -0.0)
