# queue.SimpleQueue: unbounded FIFO, put never blocks, get/get_nowait/Empty, threads
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for x in 'abc':
    sq.put(x)
sq.put_nowait('d')
sq.put('e', block=False, timeout=1)
print(sq.qsize(), sq.empty(), [sq.get() for _ in range(3)], sq.get_nowait(), sq.get(False))
for attempt in (sq.get_nowait, lambda: sq.get(False), lambda: sq.get(timeout=0.01), lambda: sq.get(block=False, timeout=-1)):
    try:
        attempt()
    except queue.Empty as e:
        print('Empty', repr(e))
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)

results = []
lock = threading.Lock()


def worker():
    total = 0
    while True:
        x = sq.get()
        if x is None:
            break
        total += x
    with lock:
        results.append(total)


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for i in range(1000):
    sq.put(i)
for _ in ts:
    sq.put(None)
for t in ts:
    t.join()
print(len(results), sum(results), sq.empty())
