"""Float: create many 3-D points, normalise each one, then reduce them to a
component-wise maximum.

Exercises: object creation, float attributes (x/y/z) read and written through
methods, float multiply/divide, ** 0.5, method calls in a loop.
Argument: the number of points per round (10 rounds).
"""
import sys

ROUNDS = 10


class Point:
    def __init__(self, seed):
        # Deterministic pseudo-random coordinates in [-1, 1) from a small LCG;
        # (a float pow or trig function would need the math module).
        s = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        self.x = s / 1073741824.0 - 1.0
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        self.y = s / 1073741824.0 - 1.0
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        self.z = s / 1073741824.0 - 1.0

    def __repr__(self):
        return "<Point %.6f %.6f %.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = (x * x + y * y + z * z) ** 0.5
        if norm == 0.0:
            return
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def one_round(n, offset):
    points = [Point(i + offset) for i in range(n)]
    total = 0.0
    for p in points:
        p.normalize()
        total += p.x - p.y + 0.5 * p.z
    return maximize(points), total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 130000
    checksum = 0.0
    last = None
    for r in range(ROUNDS):
        last, total = one_round(n, r * 7919)
        checksum += total
    print("float_points n=%d max=%r checksum=%.6f" % (n, last, checksum))


main()
