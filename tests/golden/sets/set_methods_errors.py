# Checks TypeErrors from set methods and operators and comparisons with non-sets.
s = {1, 2}
for f in [lambda: s + {3}, lambda: s < [1, 2, 3], lambda: s.add(), lambda: set(1), lambda: s - 1]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(s == [1, 2], s.union(), s.intersection(), s == {1: 0}.keys() | {2})
