"""shared_reads: threads read one shared list and one shared dict, never writing.

Each work unit reads an item of the module-level list `VALUES` (1024 ints outside the
small-int range, so each read takes a reference to a shared object), an item of the
list `KEYS` (str keys, a quarter of them missing from the dict) and `TABLE.get(key, 0)`
on the module-level dict `TABLE`. The containers and their items are shared and only
read.

    python3 shared_reads.py THREADS [N]

THREADS threads each do N units (default below), released together; prints
`elapsed SECONDS checksum X` (SECONDS: the threaded section only; X: the per-thread result,
the same for any THREADS). The thread harness is harness.py, beside it.
"""
from harness import main


DEFAULT_N = 10000000

VALUES = [100003 + 7919 * i for i in range(1024)]
KEYS = ["key%d" % i for i in range(512)]
TABLE = {}
for _i in range(384):
    TABLE[KEYS[_i]] = 5003 + 31 * _i


def work(n):
    values = VALUES
    keys = KEYS
    table = TABLE
    acc = 0
    for i in range(n):
        acc = (acc + values[(i * 7) & 1023] + table.get(keys[i & 511], 0)) & 0xffffffff
    return acc


main(work, DEFAULT_N)
