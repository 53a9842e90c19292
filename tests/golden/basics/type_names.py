# Checks type() names and isinstance of common values.
values = [1, 1.5, "s", True, None, [1], (1,), {"a": 1}, {1}, frozenset(), range(3), print, len, int, b""]
for v in values:
    print(type(v).__name__)
print(type(type).__name__, type(int).__name__)
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)))
print(type(1) is int, type(True) is int)
