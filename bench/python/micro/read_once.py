"""Two threads each read every item of one 2-million-item list of ints, once: a non-owner reference
per item and no item read again. Not a kernel of bench-python.sh: it checks that Skein's hot-leaf
counting (skein.gc.HotLeaves) leaves such items alone. Compare

    ./skein run --metrics bench/python/micro/read_once.py
    SKEIN_JAVA_OPTS=-Dskein.perthread.leaves=0 ./skein run --metrics bench/python/micro/read_once.py

(`skein.refcount.per_thread.registered` should be absent from the first, and the times alike).
Prints `elapsed SECONDS [checksum, checksum]`; `python3` runs it too.
"""
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
data = [i * 1000003 + 7 for i in range(N)]   # made, and owned, by the main thread
res = [0, 0]


def reader(k):
    acc = 0
    for v in data:
        acc = (acc + v) & 0xffffffff
    res[k] = acc


t0 = time.perf_counter()
ts = [threading.Thread(target=reader, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("elapsed %.3f" % (time.perf_counter() - t0), res)
