"""shared_function: every thread calls one shared module-level function in a loop.

Each work unit is one call of the module-level function `mix` (looked up as a global
each time) with small-int arguments; the threads share the function object, its code,
its globals and the module dict. On CPython's free-threaded build this is where shared
reference counts (the function object) would stop scaling without deferred counting.

    python3 shared_function.py THREADS [N]

THREADS threads each do N units (default below), released together; prints
`elapsed SECONDS checksum X` (SECONDS: the threaded section only; X: the per-thread result,
the same for any THREADS). The thread harness is harness.py, beside it.
"""
from harness import main


DEFAULT_N = 15000000


def mix(x, i):
    return (x * 31 + i) & 0xfffff


def work(n):
    x = 7
    acc = 0
    for i in range(n):
        x = mix(x, i)
        acc = (acc + x) & 0xffffffff
    return acc


main(work, DEFAULT_N)
