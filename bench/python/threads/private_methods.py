"""private_methods: each thread calls methods on its own objects.

Each thread makes its own instance of the module-level class `Counter` and each work
unit calls two methods on it: `step` (reads and writes an attribute) and `add` (another
attribute). The instance, its attributes and its dict are private to the thread; only the
class (method look-up) and the code are shared, and only read.

    python3 private_methods.py THREADS [N]

THREADS threads each do N units (default below), released together; prints
`elapsed SECONDS checksum X` (SECONDS: the threaded section only; X: the per-thread result,
the same for any THREADS). The thread harness is harness.py, beside it.
"""
from harness import main


DEFAULT_N = 10000000


class Counter:
    def __init__(self, seed):
        self.x = seed
        self.total = 0

    def step(self, i):
        self.x = (self.x * 31 + i) & 0xfffff
        return self.x

    def add(self, v):
        self.total = (self.total + v) & 0xffffffff


def work(n):
    c = Counter(11)
    for i in range(n):
        c.add(c.step(i))
    return c.total


main(work, DEFAULT_N)
