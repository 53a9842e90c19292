"""shared_class: threads create and drop instances of one shared class.

Each work unit calls the module-level class `Point` (its `__init__` sets three
attributes), reads two attributes back and drops the instance at the next iteration.
The threads share the class (allocation, the type's reference count, the look-up of
`__init__`) but never an instance.

    python3 shared_class.py THREADS [N]

THREADS threads each do N units (default below), released together; prints
`elapsed SECONDS checksum X` (SECONDS: the threaded section only; X: the per-thread result,
the same for any THREADS). The thread harness is harness.py, beside it.
"""
from harness import main


DEFAULT_N = 8000000


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tag = 3


def work(n):
    acc = 0
    for i in range(n):
        p = Point(i, acc & 0xff)
        acc = (acc + p.x * p.tag + p.y) & 0xffffffff
    return acc


main(work, DEFAULT_N)
