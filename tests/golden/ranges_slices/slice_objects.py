# Checks slice objects: attributes, indices(), use with lists/strings/tuples and equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(7))
data = list(range(12))
print(data[s], "abcdefghijkl"[s], tuple(data)[s])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[1:2:0]
except ValueError as e:
    print("ValueError:", e)
