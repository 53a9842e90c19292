# Checks a dict with many int keys: resizing preserves order and lookups; deletes and reinserts.
d = {}
for i in range(50000):
    d[i * 7 % 50000] = i
print(len(d), d[0], d[7], d[49999], list(d)[:5])
for i in range(0, 50000, 2):
    del d[i]
print(len(d), list(d)[:5], sum(d.values()) % 1000003)
for i in range(0, 100, 2):
    d[i] = -i
print(len(d), list(d)[-3:], d[98])
