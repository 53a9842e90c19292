# Checks for-loop targets: tuples, starred, nested, enumerate/zip/items combos.
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,), "xy"]:
    print(a, b)
for (x, y), z in zip([(1, 2), (3, 4)], "pq"):
    print(x, y, z)
for idx, ch in enumerate("hey", start=10):
    print(idx, ch)
points = [(0, 0), (3, 4), (-1, 1)]
for px, py in sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2):
    print(px, py)
