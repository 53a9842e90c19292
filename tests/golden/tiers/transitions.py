# Code that changes execution tier while it runs (ends with an uncaught ZeroDivisionError):
# loops long enough to be compiled to JVM bytecode in the middle (the default threshold is 64
# entries + backward jumps), frames that return into compiled callers, exceptions raised in
# compiled code and caught in either tier, generators resumed across the switch, keyword calls,
# class calls with a Python __init__, and the line numbers frames and tracebacks report from
# compiled code. CI also runs it with every code object compiled on first entry.
import sys


def total(n):
    t = 0
    for i in range(n):
        t += i * i
    return t


print("loop", total(10), total(1000))


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None


hits = [safe_div(i, i % 7) for i in range(200)]
print("handlers", hits.count(None), sum(h for h in hits if h is not None))


def raiser(i):
    if i == 150:
        raise KeyError(i)
    return i


def run_until_error():
    n = 0
    for i in range(300):
        n += raiser(i)
    return n


try:
    run_until_error()
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("traceback", lines)


def where():
    return sys._getframe(1).f_lineno


def caller():
    seen = set()
    for i in range(100):
        seen.add(where())
    return sorted(seen)


print("f_lineno", caller())


def gen(n):
    for i in range(n):
        yield i * 2
        if i == 90:
            yield "ninety"


g = gen(120)
out = []
for v in g:
    out.append(v)
print("generator", len(out), out[89:93], out[-1])


def kw(a, b=1, *, c=2):
    return a + 10 * b + 100 * c


print("keywords", sum(kw(i, c=i % 3, b=2) for i in range(100)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


print("classes", sum(Point(i, -i).norm1() for i in range(150)))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("recursion", depth(500))
sys.setrecursionlimit(300)
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


def chain(n):
    try:
        for i in range(n):
            if i == n - 1:
                raise ValueError("inner %d" % i)
    except ValueError as e:
        raise RuntimeError("outer") from e


try:
    chain(100)
except RuntimeError as e:
    print("chained", repr(e), repr(e.__cause__))


def unbound(n):
    for i in range(n):
        if i == n - 1:
            del i
            return i
    return -1


try:
    unbound(80)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def finally_counts(n):
    count = 0
    for i in range(n):
        try:
            if i % 2:
                continue
            count += 1
        finally:
            count += 100
    return count


print("finally", finally_counts(130))
print("end", raiser(151) / 0)
