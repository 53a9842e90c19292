"""Sequence unpacking in tight loops: tuples and lists of 10 items unpacked
into locals, starred unpacking, swaps through tuple packing, and unpacking
in for-loop targets.

Exercises: UNPACK_SEQUENCE / UNPACK_EX / BUILD_TUPLE-style operations on
tuples and lists, local variable stores, int addition.
Argument: the number of outer iterations (each does 100 unpacks of each kind).
"""
import sys


def unpack_tuples(loops):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(loops):
        for _ in range(20):
            a, b, c, d, e, f, g, h, i, j = t
            a, b, c, d, e, f, g, h, i, j = t
            a, b, c, d, e, f, g, h, i, j = t
            a, b, c, d, e, f, g, h, i, j = t
            a, b, c, d, e, f, g, h, i, j = t
        total += a + j
    return total


def unpack_lists(loops):
    lst = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    total = 0
    for _ in range(loops):
        for _ in range(20):
            a, b, c, d, e, f, g, h, i, j = lst
            a, b, c, d, e, f, g, h, i, j = lst
            a, b, c, d, e, f, g, h, i, j = lst
            a, b, c, d, e, f, g, h, i, j = lst
            a, b, c, d, e, f, g, h, i, j = lst
        total += b + i
    return total


def unpack_starred(loops):
    t = (3, 1, 4, 1, 5, 9, 2, 6)
    total = 0
    for _ in range(loops):
        for _ in range(25):
            first, *middle, last = t
            head, second, *rest = t
            *init, tail = t
            total += first + last + second + tail + len(middle) - len(rest) + len(init)
    return total


def swaps(loops):
    a, b, c, d = 1, 2, 3, 4
    total = 0
    for _ in range(loops):
        for _ in range(25):
            a, b = b, a
            a, b, c = c, a, b
            a, b, c, d = d, c, b, a
            b, d = d, b
            total += a
    return total * 10000 + a * 1000 + b * 100 + c * 10 + d


def for_targets(loops):
    pairs = [(i, i * 2) for i in range(25)]
    triples = [[i, -i, i * i] for i in range(25)]
    total = 0
    for _ in range(loops):
        for x, y in pairs:
            total += y - x
        for p, q, r in triples:
            total += p + q + r
        total &= 0xFFFFFFF
    return total


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 80000
    results = (unpack_tuples(loops), unpack_lists(loops), unpack_starred(loops),
               swaps(loops), for_targets(loops))
    print("unpack_sequence loops=%d results=%s" % (loops, results))


main()
