# Checks slice assignment and deletion with steps on lists, including negative steps.
a = list(range(10))
a[1:9:3] = ["x", "y", "z"]; print(a)
a[::-3] = [0, 0, 0, 0]; print(a)
del a[::-2]; print(a)
b = list(range(10))
del b[8:2:-2]; print(b)
b[2:2] = "ab"; print(b)
b[-2:] = []; print(b)
b[:0] = [-1]; print(b)
c = list(range(5))
c[1:4] = c; print(c)
d = list(range(6))
d[::2] = d[1::2]; print(d)
try:
    d[::-1] = [1]
except ValueError as e:
    print("ValueError:", e)
