"""counter_locked: N threads increment shared counters four ways: an attribute under a Lock
(alternately `with` and acquire/release), a list slot under an RLock taken re-entrantly (2 or 3
levels, through a recursive helper), an attribute under a Semaphore(1), and a threading.local
counter per thread, summed at the end (each thread also checks its local holds its own id).

Invariant: the Lock, RLock and Semaphore counters and the sum of the thread-local counters all
equal the total number of increments the threads report doing; nobody ever sees another
thread's threading.local values.
"""
import threading
from stresskit import Rng, budget, params, report, run

NAME = "counter_locked"


class Counter:
    def __init__(self):
        self.value = 0


def main():
    n, m, seed, seconds = params(NAME)
    lock, rlock, sem = threading.Lock(), threading.RLock(), threading.Semaphore(1)
    by_lock, by_sem, by_rlock = Counter(), Counter(), [0]
    local = threading.local()
    done, local_sums, problems = [0] * n, [], []

    def bump_reentrant(depth):
        with rlock:
            if depth > 1:
                bump_reentrant(depth - 1)
            else:
                by_rlock[0] += 1

    def body(w):
        rng, more, i = Rng(seed, w), budget(m, seconds, problems), 0
        local.owner, local.count = w, 0
        while more(i):
            if i % 2:
                with lock:
                    by_lock.value += 1
            else:
                lock.acquire()
                try:
                    by_lock.value += 1
                finally:
                    lock.release()
            bump_reentrant(2 + rng.below(2))
            with sem:
                by_sem.value += 1
            local.count += 1
            if local.owner != w:
                problems.append(f"worker {w}: threading.local owner reads {local.owner}")
                break
            i += 1
        done[w] = i
        local_sums.append(local.count)

    crashed = run(n, body)
    total = sum(done)
    got = {"Lock": by_lock.value, "RLock": by_rlock[0], "Semaphore": by_sem.value,
           "threading.local sum": sum(local_sums)}
    for how, value in got.items():
        if value != total:
            problems.append(f"{how} counter == {value}, expected {total}")
    if len(local_sums) != n:
        problems.append(f"{len(local_sums)} thread-local counts reported, expected {n}")
    if hasattr(local, "count"):
        problems.append("the main thread sees a worker's threading.local attribute")
    report(NAME, seed, crashed, problems,
           f"{total} increments by {n} threads: Lock, RLock (re-entered), Semaphore and "
           f"threading.local totals all exact")


main()
