# queue: many producers and consumers move exact totals; task_done/join; a bounded queue blocks producers
import queue
import threading

q = queue.Queue(maxsize=8)
PRODUCERS = 5
CONSUMERS = 4
PER = 400
sums = [0] * CONSUMERS
counts = [0] * CONSUMERS


def produce(p):
    for i in range(PER):
        q.put(p * PER + i)


def consume(c):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        sums[c] += item
        counts[c] += 1
        q.task_done()


consumers = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
producers = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print('all tasks done', q.unfinished_tasks, q.qsize())
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
n = PRODUCERS * PER
print(sum(counts), sum(sums), sum(sums) == n * (n - 1) // 2)

# a pipeline of two stages joined by queues
stage1 = queue.Queue()
stage2 = queue.LifoQueue()


def doubler():
    while True:
        x = stage1.get()
        if x is None:
            stage2.put(None)
            return
        stage2.put(x * 2)


t = threading.Thread(target=doubler)
t.start()
for i in range(50):
    stage1.put(i)
stage1.put(None)
t.join()
out = [stage2.get() for _ in range(stage2.qsize())]
print(len(out), out[:4], out[-3:], sum(out[1:]))

# PriorityQueue shared by threads: items come out smallest first once all are in
pq = queue.PriorityQueue()
ts = [threading.Thread(target=lambda k=k: [pq.put((i * 7 + k) % 50) for i in range(10)]) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
got = [pq.get() for _ in range(pq.qsize())]
print(got == sorted(got), len(got), got[:8])

# get with a timeout succeeds when an item arrives during the wait
late = queue.Queue()
timer = threading.Timer(0.05, late.put, args=('arrived',))
timer.start()
print(late.get(timeout=5))
timer.join()
