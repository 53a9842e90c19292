# Checks closures created inside comprehensions and comprehensions inside functions.
adders = [lambda v, k=k: v + k for k in range(3)]
print([a(10) for a in adders])
late = [lambda v: v + k for k in range(3)]
print([a(10) for a in late])
def outer(n):
    return {i: [j * n for j in range(i)] for i in range(1, 4)}
print(outer(2))
def pairs(xs):
    return [(a, b) for i, a in enumerate(xs) for b in xs[i + 1:]]
print(pairs([1, 2, 3, 4]))
