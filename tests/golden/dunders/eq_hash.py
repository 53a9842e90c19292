# Checks __eq__/__hash__: value objects in sets/dicts, __eq__ without __hash__ unhashable, NotImplemented fallback.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3), Point(0, 0) == (0, 0))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)])
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None, EqOnly() == 5, 5 == EqOnly(), EqOnly() != 5)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
