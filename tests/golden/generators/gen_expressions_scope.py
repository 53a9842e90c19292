# Checks generator expression scoping: first iterable evaluated eagerly, rest lazily.
xs = [1, 2, 3]
g = (x * 10 for x in xs)
xs = [7, 8, 9]
print(list(g))
ys = [1, 2]
h = (a + b for a in ys for b in zs)
zs = [100, 200]
print(list(h))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
lazy = (1 // x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)
