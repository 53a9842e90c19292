# Checks tuples as dict keys for a coordinate grid and hashing of nested tuples of ints.
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], grid.get((5, 5), "missing"), len(grid))
print(sorted(k for k, v in grid.items() if v % 2 == 0))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)))
