# Checks str() and repr() of various objects and str(x) vs repr(x) differences.
vals = [1, -2.5, "text", 'q"uote', True, None, [1, "a"], (1, "a"), {"k": "v"}, {3}, frozenset({4}), range(1, 5), 1e16, slice(1, 2), Ellipsis]
for v in vals:
    print(str(v), "|", repr(v))
print(repr(str()), repr(""), str(str("abc")))
print(ascii("héllo 😀"), ascii("plain"), ascii(["é"]))
