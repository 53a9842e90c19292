# Event: set/clear/is_set, wait with and without timeout, many waiters released at once
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01), e.wait(timeout=-1))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

start = threading.Event()
arrived = threading.Semaphore(0)
results = []
lock = threading.Lock()


def runner(k):
    arrived.release()
    ok = start.wait()
    with lock:
        results.append((k, ok))


ts = [threading.Thread(target=runner, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for _ in ts:
    arrived.acquire()
print('before set', results)
start.set()
for t in ts:
    t.join()
print(sorted(results))

# a ping-pong between two threads with two events
ping = threading.Event()
pong = threading.Event()
trace = []


def player():
    for i in range(5):
        ping.wait()
        ping.clear()
        trace.append('pong %d' % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(5):
    trace.append('ping %d' % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(trace)

# wait(timeout) returns True when set during the wait
late = threading.Event()
timer = threading.Timer(0.05, late.set)
timer.start()
print(late.wait(5))
timer.join()
