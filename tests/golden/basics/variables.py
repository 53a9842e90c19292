# Checks assignment forms: chained, multiple targets, rebinding and deletion.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
name = "first"
name = name + "_second"
print(name)
n = 3
n = n * n
print(n)
del n
try:
    print(n)
except NameError as e:
    print("NameError:", e)
_private = 5
__dunder_like = 6
Ünïcödé = "identifiers may be unicode"
print(_private, __dunder_like, Ünïcödé)
i = j = []
i.append(1)
print(i, j, i is j)
