# Checks reverse, reversed, list(), list of generator, min/max/sum on lists and nested sums.
a = [1, 2, 3, 4, 5]
a.reverse(); print(a)
print(list(reversed(a)), a)
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}), list(x * x for x in range(4)))
print(min(a), max(a), sum(a), sum([[1], [2]], []), sum([]))
m = [[1, 2], [3, 4], [5]]
print(sum(len(r) for r in m), [x for r in m for x in r], max(m, key=len), min(m))
rev = list(reversed([]))
print(rev, list(reversed(range(5))))
