"""counter_locked: N threads increment shared counters four ways: an attribute under a Lock
(alternately `with` and acquire/release), a list slot under an RLock taken re-entrantly (2 or 3
levels, through a recursive helper), an attribute under a Semaphore(1), and a threading.local
counter per thread, summed at the end (each thread also checks its local holds its own id).

Invariant: the Lock, RLock and Semaphore counters and the sum of the thread-local counters all
equal the total number of increments the threads report doing; nobody ever sees another
thread's threading.local values.
"""
import sys
import threading
import time

NAME = "counter_locked"


class Counter:
    def __init__(self):
        self.value = 0


def params():
    """--threads N --iterations M --seed S [--seconds T] -> (N, M, S, T)"""
    o = {"--threads": 4, "--iterations": 2000, "--seed": 1, "--seconds": 0.0}
    a = sys.argv[1:]
    if len(a) % 2 or any(k not in o for k in a[::2]):
        sys.exit(f"usage: {NAME}.py --threads N --iterations M --seed S [--seconds T]")
    for i in range(0, len(a), 2):
        o[a[i]] = float(a[i + 1]) if a[i] == "--seconds" else int(a[i + 1])
    return max(1, o["--threads"]), max(0, o["--iterations"]), o["--seed"], o["--seconds"]


class Rng:
    """xorshift32, one stream per (seed, worker): below(k) is in range(k)"""
    def __init__(self, seed, stream):
        self.x = (seed * 0x9E3779B1 + stream * 0x85EBCA77 + 0x165667B1) & 0xFFFFFFFF or 1

    def below(self, k):
        x = self.x
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.x = x
        return x % k


def budget(iterations, seconds, problems):
    """more(i): does a worker that has done i operations go on? Not once a problem is found.
    (Made after the start barrier.)"""
    if seconds > 0:
        end = time.monotonic() + seconds
        return lambda i: time.monotonic() < end and not problems
    return lambda i: i < iterations and not problems


def run(n, body):
    """body(w) for w in range(n), in n threads released together by a barrier -> [(w, exception)]"""
    barrier, crashed = threading.Barrier(n), []

    def worker(w):
        try:
            barrier.wait()
            body(w)
        except BaseException as e:
            crashed.append((w, e))
            raise  # threading.excepthook prints the traceback

    threads = [threading.Thread(target=worker, args=(w,), daemon=True) for w in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        while t.is_alive() and not crashed:
            t.join(0.1)
    end = time.monotonic() + 1.0  # after a crash, others may be blocked for good: give them 1 s
    for t in threads:
        t.join(max(0.0, end - time.monotonic()))
    return crashed


def report(seed, crashed, problems, summary):
    problems = [f"worker {w} raised {e!r}" for w, e in crashed] + problems
    if problems:
        extra = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
        print(f"FAIL {NAME} seed={seed}: " + "; ".join(problems[:3]) + extra)
        sys.exit(1)
    print(f"ok {NAME} {summary}")


def main():
    n, m, seed, seconds = params()
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
    report(seed, crashed, problems,
           f"{total} increments by {n} threads: Lock, RLock (re-entered), Semaphore and "
           f"threading.local totals all exact")


main()
