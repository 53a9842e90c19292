# Checks hash() for numbers, tuples of numbers, None/True/False-free deterministic values.
for v in [0, 1, -1, 12345, -12345, 2 ** 31, 2 ** 61 - 2, 2 ** 62, 0.5, -0.25, 1e10, (1, 2, 3), (), ((1,), (2,)), frozenset({1, 2}) == frozenset({2, 1})]:
    print(repr(v), hash(v))
print(hash(10 ** 20) == hash(10 ** 20 % (2 ** 61 - 1)), hash(-(2 ** 61 - 1)), hash(2 ** 61 - 1))
