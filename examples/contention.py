"""Four threads sharing objects, for `skein run --metrics examples/contention.py`.

Each worker reads the module's CONFIG dict and PRICES list (owned by the main thread: every
read is a non-owner, shared-path reference count) and appends its results to one shared
list under its per-object lock (the lock the four of them contend for); every hundredth
result it also puts in a dict guarded by a threading.Lock. What the metrics then show: the
shared refcount traffic by thread and by object, the contended list, the lock waits.
"""
import threading

CONFIG = {"scale": 3, "offset": 7}
PRICES = [17 * i % 101 for i in range(256)]
results = []
totals = {}
totals_lock = threading.Lock()


def worker(n, rounds):
    acc = 0
    for i in range(rounds):
        acc += PRICES[i % 256] * CONFIG["scale"] + CONFIG["offset"]
        results.append(acc % 1000)
        if i % 100 == 0:
            with totals_lock:
                totals[n] = totals.get(n, 0) + acc % 1000
    return acc


threads = [threading.Thread(target=worker, args=(k, 50000), name="worker-%d" % k) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results:", len(results), "sum of totals:", sum(totals.values()))
