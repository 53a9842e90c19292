a = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8
b = -1, +2, ~3, not 4, -2.5, 2 ** 64, 2 ** 200, "ab" * 3, (1, 2) + (3,)
c = x if y else z
d = p < q <= r != s
e = m in [1, 2, 3] and n not in (4, 5) or o is None
f = [*l, 1, *k]
g = {1: 'a', **h, 2: 'b'}
i = {1, 2, *j}
k = s[1:2], s[::3], s[a, b:c], s[...]
l = (w := 10) + w
m = f"{a}-{b!s}-{c:>{d}}-{e!a:x}"
n = lambda *args, **kw: (args, kw)
o = obj.method(1, key=2).attr[0]
p = func(1, *args, key=3, **kwargs)
q = b'bytes\x00' + b"q'uote"
r = 1j, 1.5e300 * 1e10, 0.1 + 0.2, 10 / 4, 7 // -2, -7 % 3, True + True, 1 << 100, 1 << 130
del o.attr, s[0]
t.u += 1
v[w] **= 2
x, (y, *z) = 1, (2, 3, 4)
assert a, "message"
