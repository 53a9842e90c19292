# Checks hash() of ints, bools and equal floats (hash of numbers is deterministic).
for n in (0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100), 10 ** 30):
    print(n, hash(n))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(2.5), hash(-0.0))
print(hash(0.1), hash(1e100))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
