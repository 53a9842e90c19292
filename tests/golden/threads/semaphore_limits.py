# Semaphore and BoundedSemaphore: at most N holders at once, non-blocking and timed acquire, errors
import threading

sem = threading.Semaphore(3)
active = 0
peak = 0
count_lock = threading.Lock()
gate = threading.Event()


def worker():
    global active, peak
    with sem:
        with count_lock:
            active += 1
            peak = max(peak, active)
            full = active == 3
        if full:
            gate.set()      # three holders at once: let everyone finish
        gate.wait()
        with count_lock:
            active -= 1


ts = [threading.Thread(target=worker) for _ in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('peak', peak, 'active', active)

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release()
print(s._value)
s.release(5)      # a plain Semaphore may go above its initial value
print(s._value)
try:
    s.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
try:
    s.release(0)
except ValueError as e:
    print('ValueError', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError', e)
print(threading.Semaphore(0).acquire(timeout=0), threading.Semaphore(0).acquire(timeout=-1))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print('ValueError', e)
b.release(2)
print(b._value, isinstance(b, threading.Semaphore))

# a release from another thread wakes a blocked acquire
z = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(z.acquire()))
t.start()
z.release()
t.join()
print(got)

# release(n) wakes n blocked threads
z = threading.Semaphore(0)
got = []
lock = threading.Lock()


def take(k):
    z.acquire()
    with lock:
        got.append(k)


ts = [threading.Thread(target=take, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
z.release(4)
for t in ts:
    t.join()
print(sorted(got), z._value)
