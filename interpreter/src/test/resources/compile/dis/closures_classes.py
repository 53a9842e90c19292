def counter(start=0, *, step=1):
    "A closure with a nonlocal."
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc

class Point(object):
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.__x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.__x!r}, {self.y})"
    @property
    def norm(self):
        return (self.__x ** 2 + self.y ** 2) ** 0.5
    @staticmethod
    def origin():
        return Point(0, 0)

class Child(Point):
    def __init__(self, x, y):
        super().__init__(x, y)

def outer():
    v = 1
    class Inner:
        w = v
        def m(self):
            return v, __class__
    return Inner
