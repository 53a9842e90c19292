# Checks key equality across numeric types, tuple keys, None/bool keys and unhashable key errors.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[0] = "zero"
d[False] = "false"
d[None] = "none"
d[(1, 2)] = "tuple"
d["1"] = "str"
print(d, len(d))
print(d[0.0], d[(1, 2)], d[None])
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    print({1: 1}[[1]])
except TypeError as e:
    print("TypeError:", e)
