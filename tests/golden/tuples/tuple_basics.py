# Checks tuple creation, single-element syntax, indexing, slicing, count/index and concatenation.
t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], t[::-1], len(t), t.count(2), t.index(3))
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
x = 1, 2
print(x, type(x).__name__)
print(t + (5,), (0,) * 3, 2 in t, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99))
print(hash((1, 2)) == hash((1, 2)), {(0, 0): "origin"}[(0, 0)])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t + [1]
except TypeError as e:
    print("TypeError:", e)
