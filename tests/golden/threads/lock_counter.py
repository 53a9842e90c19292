# Lock: a shared counter incremented by many threads sums exactly; acquire/release/locked semantics
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
counter = 0


def add(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


def add_explicit(times):
    global counter
    for _ in range(times):
        lock.acquire()
        try:
            counter += 2
        finally:
            lock.release()


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(6)]
threads += [threading.Thread(target=add_explicit, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, counter == 6 * 2000 + 4 * 1000 * 2)

print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(True, 0.01), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print('ValueError', e)

# a lock may be released by another thread than the one that acquired it
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print('released elsewhere', lock.locked())

# a thread blocked on a lock continues once it is released
order = []
lock.acquire()


def waiter():
    with lock:
        order.append('waiter got it')


w = threading.Thread(target=waiter)
w.start()
order.append('main releases')
lock.release()
w.join()
print(order)
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 1000)
