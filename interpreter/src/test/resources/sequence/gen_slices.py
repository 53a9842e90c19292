"""Writes slices.txt: slice get/set/del on lists, tuples and ranges, as CPython 3.11 computes them.

Run with python3 3.11 from this directory: python3 gen_slices.py
Line format: op|start|stop|step|n|expected, where expected is the repr of the result or
!Type: message for an exception; 'N' stands for None.
"""

BOUNDS = [None, -12, -10, -3, -1, 0, 1, 3, 9, 10, 12]
STEPS = [None, 1, 2, 3, -1, -2, -3, 0]
RANGES = {"r1": range(3, 30, 4), "r2": range(10, 0, -3), "r3": range(0), "r4": range(-5, 5)}


def fmt(v):
    return "N" if v is None else str(v)


def run(f):
    try:
        return repr(f())
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)


def main():
    out = []
    for a in BOUNDS:
        for b in BOUNDS:
            for c in STEPS:
                s = slice(a, b, c)
                key = "%s|%s|%s" % (fmt(a), fmt(b), fmt(c))
                out.append("get|%s|0|%s" % (key, run(lambda: list(range(10))[s])))
                out.append("tget|%s|0|%s" % (key, run(lambda: tuple(range(10))[s])))
                for name, r in RANGES.items():
                    out.append("%s|%s|0|%s" % (name, key, run(lambda: r[s])))
                out.append("del|%s|0|%s" % (key, run(lambda: _delete(s))))
                for n in range(4):
                    out.append("set|%s|%d|%s" % (key, n, run(lambda: _assign(s, n))))
                out.append("indices|%s|7|%s" % (key, run(lambda: s.indices(7))))
    with open("slices.txt", "w") as f:
        f.write("\n".join(out) + "\n")


def _delete(s):
    a = list(range(10))
    del a[s]
    return a


def _assign(s, n):
    a = list(range(10))
    a[s] = [100 + i for i in range(n)]
    return a


main()
