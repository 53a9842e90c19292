# Checks generator expressions: laziness, single consumption, use as sole argument.
def src():
    for i in range(5):
        print("yield", i)
        yield i
g = (x * 10 for x in src())
print("created")
print(next(g))
print(next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]), all(x for x in []))
print(sorted((x % 3, x) for x in range(6)))
g2 = (i for i in range(3))
print(type(g2).__name__, tuple(g2))
