"""pause: how long one gc.collect() takes over many tracked objects.

    python3 pause.py [N]

Builds N tracked objects that stay alive (instances, each with a list; N counts both), with
automatic collection off, then times gc.collect() 5 times and prints the best and the worst
in milliseconds, and what one collection found (0: nothing here is garbage).
"""
import gc
import sys
import time


class Item:
    def __init__(self, i):
        self.values = [i]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    gc.disable()
    keep = [Item(i) for i in range(n // 2)]
    times = []
    found = 0
    for _ in range(5):
        t0 = time.perf_counter()
        found = gc.collect()
        times.append(time.perf_counter() - t0)
    print("objects %d pause best %.1f ms worst %.1f ms found %d" % (n, 1000 * min(times), 1000 * max(times), found))
    del keep


main()
