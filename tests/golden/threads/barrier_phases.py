# Barrier: rounds with an action, arrival indices, n_waiting/parties/broken, abort, reset, timeout
import threading
import time

N = 4
log = []
lock = threading.Lock()
rounds = []


def action():
    rounds.append(len(rounds))


barrier = threading.Barrier(N, action=action)
print(barrier.parties, barrier.n_waiting, barrier.broken)


def worker(k):
    for r in range(3):
        idx = barrier.wait()
        with lock:
            log.append((r, idx))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('rounds', rounds)
for r in range(3):
    print(r, sorted(idx for rr, idx in log if rr == r))
print(barrier.n_waiting, barrier.broken)

# abort breaks waiters and later callers
b = threading.Barrier(3)
errors = []


def waiter():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)


ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
b.abort()
for t in ts:
    t.join()
print(errors, b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('still broken')
b.reset()
print('after reset', b.broken)

# works again after reset
got = []
ts = [threading.Thread(target=lambda: got.append(b.wait())) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(got))

# a timeout breaks the barrier
t2 = threading.Barrier(2, timeout=0.02)
try:
    t2.wait()
except threading.BrokenBarrierError:
    print('timed out, broken =', t2.broken)

# an action that raises breaks the barrier for everyone; the raiser sees its own error
def bad_action():
    raise ValueError('action failed')


b3 = threading.Barrier(2, action=bad_action)
outcomes = []


def party():
    try:
        b3.wait()
        outcomes.append('passed')
    except threading.BrokenBarrierError:
        outcomes.append('broken')
    except ValueError as e:
        outcomes.append(str(e))


ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcomes), b3.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
