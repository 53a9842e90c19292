# Calls and returns between functions that are all compiled to JVM bytecode (the second tier's
# own call-and-return loop): hot callers and callees, methods, class calls whose __init__ returns
# the instance (and one that returns something else), exceptions raised several compiled frames
# deep and caught or reported, RecursionError from a compiled recursion, generators and keyword
# calls in between, and a deep compiled recursion. Ends with an uncaught ValueError whose
# traceback runs through compiled frames.
import sys


def leaf(x):
    return x + 1


def middle(x):
    return leaf(x) * 2


def top(n):
    t = 0
    for i in range(n):
        t += middle(i)
    return t


print("nested", top(10), top(500))


class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, k):
        self.n += k
        return self

    def value(self):
        return self.n


def objects(n):
    total = 0
    for i in range(n):
        c = Counter(i)
        total += c.bump(2).bump(3).value()
    return total


print("objects", objects(10), objects(300))


class Picky:
    def __init__(self, v):
        self.v = v
        if v % 50 == 49:
            return v


def picky(n):
    made, refused = 0, []
    for i in range(n):
        try:
            Picky(i)
            made += 1
        except TypeError as e:
            refused.append((i, str(e)))
    return made, refused


print("picky", picky(200))


def fail_at(depth, limit):
    if depth == limit:
        raise KeyError(depth)
    return fail_at(depth + 1, limit) + 1


def catcher(n):
    caught = 0
    for i in range(n):
        try:
            fail_at(0, i % 5)
        except KeyError as e:
            caught += e.args[0]
    return caught


print("caught", catcher(300))


def runaway(n):
    return runaway(n + 1) + 1


def recursion_errors(n):
    seen = 0
    for _ in range(n):
        try:
            runaway(0)
        except RecursionError:
            seen += 1
    return seen


print("recursion errors", recursion_errors(3))


def gen(n):
    for i in range(n):
        yield middle(i)


def keywords(a, b=2, *, c=3):
    return a * 100 + b * 10 + c


def mixed(n):
    t = 0
    for i in range(n):
        t += sum(gen(3)) + keywords(i, c=i % 3) + keywords(a=1)
    return t


print("mixed", mixed(200))


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


sys.setrecursionlimit(60000)
for _ in range(100):
    depth(20)
print("deep", depth(50000))


def frame_line():
    return sys._getframe(1).f_lineno


def caller_lines(n):
    lines = set()
    for _ in range(n):
        lines.add(frame_line())
    return sorted(lines)


print("lines", caller_lines(200))


def explode(i):
    if i == 150:
        raise ValueError("boom at %d" % i)
    return leaf(i)


def drive(n):
    t = 0
    for i in range(n):
        t += explode(i)
    return t


print("before", drive(100))
drive(200)
