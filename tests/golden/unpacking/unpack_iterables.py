# Checks unpacking from arbitrary iterables: dicts, sets of ints, generators, strings, ranges.
a, b = {"x": 1, "y": 2}
print(a, b)
k, v = next(iter({"key": "val"}.items()))
print(k, v)
p, q, r = (i * i for i in range(3))
print(p, q, r)
s, t = {1, 2}
print(s, t)
u, *w = range(4)
print(u, w)
def gen():
    yield "g1"
    yield "g2"
m, n = gen()
print(m, n)
