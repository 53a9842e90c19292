# Condition: bounded-buffer producers/consumers with wait/notify, wait_for, notify_all, misuse errors
import threading

CAPACITY = 4
buffer = []
cond = threading.Condition()
consumed = []
DONE = object()


def producer(base, count):
    for i in range(count):
        with cond:
            while len(buffer) >= CAPACITY:
                cond.wait()
            buffer.append(base + i)
            cond.notify_all()


def consumer(out):
    while True:
        with cond:
            cond.wait_for(lambda: buffer)
            item = buffer.pop(0)
            cond.notify_all()
        if item is DONE:
            return
        out.append(item)


outs = [[] for _ in range(3)]
consumers = [threading.Thread(target=consumer, args=(o,)) for o in outs]
producers = [threading.Thread(target=producer, args=(1000 * p, 200)) for p in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
with cond:
    for _ in consumers:
        while len(buffer) >= CAPACITY:
            cond.wait()
        buffer.append(DONE)
        cond.notify_all()
for t in consumers:
    t.join()
everything = sorted(x for o in outs for x in o)
print(len(everything), everything == sorted(1000 * p + i for p in range(4) for i in range(200)))
print(sum(everything), buffer)

# each consumer's items from one producer arrive in the order produced
for o in outs:
    for p in range(4):
        mine = [x for x in o if x // 1000 == p]
        assert mine == sorted(mine)
print('per-producer order kept')

# wait with a timeout and nobody notifying returns False; wait_for returns the predicate's value
with cond:
    print(cond.wait(0.01), cond.wait(0), cond.wait_for(lambda: 0, 0.01), cond.wait_for(lambda: 'yes', 0))

# notify(n) wakes at most n waiters; notify_all wakes the rest
lock = threading.Lock()
c2 = threading.Condition(lock)
woken = []
ready = threading.Semaphore(0)


def sleeper(k):
    with c2:
        ready.release()
        c2.wait()
        woken.append(k)


ts = [threading.Thread(target=sleeper, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
with c2:          # every sleeper is waiting once it released `ready` and we hold the lock
    print('waiters', len(c2._waiters))
    c2.notify(2)
    print('after notify(2)', len(c2._waiters))
    c2.notify_all()
    print('after notify_all', len(c2._waiters))
for t in ts:
    t.join()
print(sorted(woken))

# misuse
for name, fn in (('wait', c2.wait), ('notify', c2.notify), ('notify_all', c2.notify_all)):
    try:
        fn()
    except RuntimeError as e:
        print(name, 'RuntimeError', e)
with c2:
    c2.notify()   # nobody waiting: nothing happens
print('Condition is a context manager:', c2.__enter__(), lock.locked())
c2.__exit__(None, None, None)
print(lock.locked())
