# Checks range construction, len, indexing, membership, reversed and repr.
for r in [range(5), range(2, 8), range(10, 0, -3), range(0), range(5, 1), range(-5, 5, 2), range(0, 1, 10)]:
    print(r, len(r), list(r), bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], 11 in r, 12 in r, r.index(15), r.count(7), list(reversed(r)))
print(range(10 ** 20)[-1], range(0, 10 ** 20, 7)[-1], 10 ** 19 in range(0, 10 ** 20, 2), range(0, 10 ** 20, 7)[10 ** 18])
print(r.start, r.stop, r.step, range(4) == range(0, 4, 1), range(0) == range(5, 5))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
