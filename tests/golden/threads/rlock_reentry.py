# RLock: re-entry by the owner, release by a non-owner fails, Condition on an RLock held twice
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
print('still owned', r._is_owned())
r.release()
print('owned after 3 releases', r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)

# another thread cannot take it while we hold it, and cannot release it
out = []
with r:
    with r:
        def other():
            out.append(r.acquire(blocking=False))
            out.append(r.acquire(timeout=0.01))
            try:
                r.release()
            except RuntimeError as e:
                out.append(str(e))
        t = threading.Thread(target=other)
        t.start()
        t.join()
print(out)


# recursion under one RLock
def fact(n):
    with r:
        return 1 if n <= 1 else n * fact(n - 1)


results = []
ts = [threading.Thread(target=lambda k=k: results.append(fact(k))) for k in range(1, 8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))

# Condition over an RLock held twice: wait releases it completely, then restores the depth
cond = threading.Condition(r)
state = []


def notifier():
    with cond:
        state.append('notifier in')
        cond.notify()


with cond:
    with cond:
        t = threading.Thread(target=notifier)
        t.start()
        got = cond.wait_for(lambda: state, timeout=5)
        state.append('woken')
        print(got, r._is_owned())
    print(r._is_owned())
t.join()
print(state, r._is_owned())

# a counter protected by an RLock taken twice per increment
total = 0


def bump():
    global total
    for _ in range(500):
        with r:
            with r:
                total += 1


ts = [threading.Thread(target=bump) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
