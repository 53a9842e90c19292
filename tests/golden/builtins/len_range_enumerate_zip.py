# Checks len, enumerate with start, zip of unequal lengths and zip(*) transposition, strict zip.
print(len([1, 2]), len("héllo"), len({}), len(range(0, 100, 7)), len({1: 2, 3: 4}), len((None,)))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4), (5, 6)])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, None), type(e).__name__)
