# Checks union/intersection/difference/symmetric difference as operators and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(range(3, 7)))
print(a <= b, {3, 4} <= a, {3, 4} < a, a < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint({7, 8}), a.isdisjoint(b), a == {4, 3, 2, 1}, a != b)
c = set(a)
c |= {10}; c &= {1, 10, 3}; c -= {3}; c ^= {1, 20}
print(c)
c.update([5, 6], {7}); c.intersection_update(range(7)); print(c)
c.difference_update({5}); c.symmetric_difference_update({6, 8}); print(c)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
