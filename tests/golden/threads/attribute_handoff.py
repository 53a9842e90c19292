# Instances whose attributes are stored by the thread that made them and then by others:
# the makers' stores run without the instance dict's lock (biased), and the first store by
# another thread turns that class's bias off in a pause. Nothing may be lost either way.
import threading
import queue


class Job:
    def __init__(self, n):
        self.n = n
        self.steps = 0
        self.log = []

    def step(self, who):
        self.steps = self.steps + 1
        self.log.append(who)


class Private:
    def __init__(self, k):
        self.k = k
        self.total = 0


class SubJob(Job):
    pass


def maker(q, base, count):
    for i in range(count):
        j = Job(base + i) if i % 3 else SubJob(base + i)
        for _ in range(5):
            j.step("maker")          # the maker's own stores
        q.put(j)
    q.put(None)


def taker(q, out):
    while True:
        j = q.get()
        if j is None:
            break
        j.step("taker")              # another thread's store: needs the lock
        j.taken = True               # a new attribute from another thread
        out.append(j)


def private_work(k, results):
    p = Private(k)
    for i in range(2000):
        p.total = (p.total + i * p.k) & 0xffff
    results[k] = (p.total, sorted(vars(p)))


q1, q2 = queue.Queue(), queue.Queue()
out1, out2 = [], []
threads = [
    threading.Thread(target=maker, args=(q1, 0, 60)),
    threading.Thread(target=maker, args=(q2, 1000, 60)),
    threading.Thread(target=taker, args=(q1, out1)),
    threading.Thread(target=taker, args=(q2, out2)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

jobs = sorted(out1 + out2, key=lambda j: j.n)
print(len(jobs), sum(j.steps for j in jobs))
print(all(j.steps == 6 and j.log == ["maker"] * 5 + ["taker"] and j.taken for j in jobs))
print(sorted({type(j).__name__ for j in jobs}))
print(sorted(vars(jobs[0])), jobs[0].n, jobs[-1].n)

# The main thread now stores into instances other threads made, and deletes attributes.
for j in jobs:
    j.steps += 10
    del j.taken
print(sum(j.steps for j in jobs), any(hasattr(j, "taken") for j in jobs))

# Each thread's own objects: never shared, never locked by another thread.
results = {}
ws = [threading.Thread(target=private_work, args=(k, results)) for k in range(1, 5)]
for t in ws:
    t.start()
for t in ws:
    t.join()
for k in sorted(results):
    print(k, results[k])

# An object made on the main thread, its attributes stored by two threads at once: each
# thread's attribute survives, and a shared counter under a lock is exact.
class Shared:
    pass


s = Shared()
s.count = 0
lock = threading.Lock()


def bump(name):
    for i in range(500):
        setattr(s, name + str(i % 7), i)
        with lock:
            s.count += 1


bs = [threading.Thread(target=bump, args=(n,)) for n in ("a", "b")]
for t in bs:
    t.start()
for t in bs:
    t.join()
print(s.count, sorted(k for k in vars(s) if k != "count"))
