# Checks iteration order of int sets (deterministic in CPython: by hash mod table size).
print({5, 3, 8, 1, 9, 2})
print({100, 1, 50, 25})
print({-1, -2, 0, 1})
print(set(range(20, 0, -3)))
s = set()
for i in [64, 32, 16, 8, 4, 2, 1, 0]:
    s.add(i)
print(s, list(s))
print({2 ** 40, 7, 2 ** 61 + 5})
