# Checks sum with start values, any/all short-circuiting and on empty iterables.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(10 ** 6)), sum([], 5))
print(sum([1, 2.5, True]), sum(x for x in range(5) if x % 2))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
def t(x):
    print("check", x)
    return x
print(any(t(x) for x in [0, 0, 3, 4]))
print(all(t(x) for x in [1, 2, 0, 5]))
print(any([]), all([]), any([[]]), all([[]]), any("abc"), all([1, "x", [0]]))
