# Checks deterministic effects of mutating a list while iterating over it.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
seen = []
for x in b:
    seen.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(seen, b)
c = [1, 2, 3, 4]
for i, x in enumerate(c):
    c[i] = x * x
print(c)
