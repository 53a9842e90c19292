# Checks and/or/not short-circuit semantics and truthiness of common values.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d")
print(not 0, not 1, not "", not "x", not [], not [0])
print([] or {} or "" or 0 or "last")
print(1 and "x" and [5])
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
for v in [0, 0.0, "", [], (), {}, None, False, 1, -1, 0.1, "0", [0], (None,)]:
    print(repr(v), bool(v))
