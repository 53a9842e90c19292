# Checks float equality pitfalls, ordering with ints and sorting mixed values.
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == round(0.3, 10))
print(1.0 == 1, 0.0 == -0.0, -0.0 < 0.0)
print(sorted([2.5, 1, -0.5, 3, 2.0, 2]))
print(max([1.5, 2, 2.0]), max([2.0, 2]), min([2, 2.0]))
print(1e-300 * 1e-300 == 0.0, 2.0 ** -1074 > 0, 2.0 ** -1075 == 0)
print(float(2 ** 63) == 2 ** 63, float(2 ** 63) == 2 ** 63 + 1, 2 ** 63 + 1 > float(2 ** 63))
print(9007199254740992.0 + 1 == 9007199254740992.0)
