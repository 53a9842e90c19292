"""churn: throughput of threads that make cyclic garbage, with automatic collection on or off.

    python3 churn.py THREADS on|off [N]

THREADS threads each make N pairs of objects that refer to each other and drop them; with
"off", gc.disable() first and one gc.collect() at the end (inside the timed section). Prints
`elapsed SECONDS collected X` (X: objects the final collection found).
"""
import gc
import sys
import threading
import time


class Node:
    pass


def work(n):
    for _ in range(n):
        a = Node(); b = Node()
        a.other = b; b.other = a


def main():
    threads = int(sys.argv[1])
    auto = sys.argv[2] == "on"
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 200000
    if not auto:
        gc.disable()
    ts = [threading.Thread(target=work, args=(n,)) for _ in range(threads)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    found = gc.collect()
    print("elapsed %.3f collected %d" % (time.perf_counter() - t0, found))


main()
