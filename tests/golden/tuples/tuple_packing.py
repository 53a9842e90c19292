# Checks tuple packing/unpacking in returns, swaps and loops.
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, -1, 3])
print(lo, hi)
r = minmax("hello")
print(r, type(r).__name__)
a, b, c = "xyz"
print(a, b, c)
for i, (ch, n) in enumerate([("a", 1), ("b", 2)]):
    print(i, ch, n)
pts = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*pts)
print(xs, ys)
nested = (1, (2, (3, 4)))
p, (q, (r, s)) = nested
print(p, q, r, s)
