# Checks frozenset: immutability, hashing as dict keys/set members, operations returning frozensets.
f = frozenset([1, 2, 3])
g = frozenset([3, 4])
print(f, f | g, f & g, f - g, type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
d = {f: "f", frozenset(): "empty"}
print(d[frozenset([3, 2, 1])], d[frozenset()])
ss = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(ss))
print(f == {1, 2, 3}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(frozenset(), repr(frozenset([5])), f.copy() is f)
