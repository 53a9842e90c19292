# Checks map with multiple iterables, filter with None and a function, and laziness of both.
print(list(map(len, ["a", "bb", ""])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1], [2], [3])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(None, [0, "", None, 3, "x"])))
def noisy(x):
    print("mapping", x)
    return x * 2
m = map(noisy, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
print(type(m).__name__, type(filter(None, [])).__name__)
