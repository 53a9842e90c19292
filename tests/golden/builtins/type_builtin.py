# Checks type() with one argument on many values, type() three-argument form, and type comparisons.
for v in [0, 0.0, "", [], (), {}, set(), frozenset(), None, True, range(1), len, type, object(), slice(1), ..., NotImplemented]:
    print(type(v).__name__, end=" ")
print()
Point = type("Point", (), {"__init__": lambda self, x: setattr(self, "x", x), "__repr__": lambda self: f"Point({self.x})"})
print(Point(3), type(Point(3)) is Point, type(Point).__name__, Point.__mro__[-1].__name__)
Sub = type("Sub", (Point,), {"extra": 1})
print(Sub(4), Sub.extra, issubclass(Sub, Point), [c.__name__ for c in Sub.__mro__])
print(type(1) == int, type(True) != int, type(type(1)) is type)
