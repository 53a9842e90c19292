"""independent: pure CPU work on each thread's own locals.

Each work unit is one step of an integer linear congruential generator and a running
sum, all on local variables of small ints: nothing is shared between the threads but the
code object. The base line: this must scale on any free-threaded runtime.

    python3 independent.py THREADS [N]

THREADS threads each do N units (default below), released together; prints
`elapsed SECONDS checksum X` (SECONDS: the threaded section only; X: the per-thread result,
the same for any THREADS). The thread harness is harness.py, beside it.
"""
from harness import main


DEFAULT_N = 15000000


def work(n):
    x = 12345
    acc = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        acc = (acc + (x ^ i)) & 0xffffffff
    return acc


main(work, DEFAULT_N)
