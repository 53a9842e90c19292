# Checks repr/str/ascii of builtin values, including nested containers and special floats.
vals = [1, -1.5, float("inf"), "q'uote", 'd"q', "both'\"", "\n", [1, "a"], (1,), {"a": [1, {2: (3,)}]}, {1, 2}, frozenset(), set(), None, True, range(2, 5, 2), slice(None), b"b'y", "é😀"]
for v in vals:
    print(repr(v), "|", str(v), "|", ascii(v))
