# Checks list slicing reads, slice assignment (growing, shrinking, extended) and del with steps.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]; print(b)
b[1:1] = [100, 200]; print(b)
b[:] = [7, 8]; print(b)
c = list(range(10))
c[::2] = "abcde"; print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = list(range(10))
del d[::3]; print(d)
del d[1:3]; print(d)
d[len(d):] = [99]; print(d)
e = [1, 2, 3]
e[5:10] = [4]; print(e)
e[-1:] = []; print(e)
f = [1, 2, 3, 4]
f[3:1] = ["ins"]; print(f)
g = [0, 1, 2, 3, 4, 5]
g[::-2] = ["a", "b", "c"]; print(g)
try:
    g[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
