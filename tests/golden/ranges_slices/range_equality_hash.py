# Checks range equality by content, hashing equal ranges, and ranges as dict keys.
print(range(0, 3) == range(0, 3, 1), range(0, 4, 2) == range(0, 3, 2), range(1, 1) == range(2, 2))
print(hash(range(0, 4, 2)) == hash(range(0, 3, 2)))
d = {range(3): "three"}
print(d[range(0, 3)])
print(list(range(3)) == range(3), range(3) != [0, 1, 2])
