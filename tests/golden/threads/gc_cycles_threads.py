# Cyclic garbage made on several threads while collections run: every finalizer runs exactly once.
import gc
import threading

lock = threading.Lock()
finalized = 0

class Node:
    def __del__(self):
        global finalized
        with lock:
            finalized += 1

def worker(n):
    for i in range(n):
        a = Node(); b = Node()
        a.b = b; b.a = a
        if i % 500 == 0:
            gc.collect()

threads = [threading.Thread(target=worker, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print("finalized", finalized)
print("expected", 4 * 2000 * 2)
