"""short_threads: N spawner threads each start short-lived threads in waves of 12 (M//50 per
spawner, at least one: N*M/50 in all; with --seconds, waves until the time is up). The threads
of a wave meet at their own barrier, then each appends 20 (thread, j) tuples to the wave's
shared list and bumps a Lock-protected counter shared by all.

Invariant: after each wave is joined its list holds exactly 20 items per thread, each
(thread, j) once, and its threads, all alive together at the barrier, had distinct
get_ident()s; the counter equals the number of threads started; after everything is joined
threading.active_count() == 1 and threading.enumerate() is just the main thread.
"""
import sys
import threading
import time

NAME = "short_threads"
WAVE = 12
WORK = 20


def params():
    """--threads N --iterations M --seed S [--seconds T] -> (N, M, S, T)"""
    o = {"--threads": 4, "--iterations": 2000, "--seed": 1, "--seconds": 0.0}
    a = sys.argv[1:]
    if len(a) % 2 or any(k not in o for k in a[::2]):
        sys.exit(f"usage: {NAME}.py --threads N --iterations M --seed S [--seconds T]")
    for i in range(0, len(a), 2):
        o[a[i]] = float(a[i + 1]) if a[i] == "--seconds" else int(a[i + 1])
    return max(1, o["--threads"]), max(0, o["--iterations"]), o["--seed"], o["--seconds"]


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
    per_spawner = max(1, m // 50)
    lock, count, started, problems = threading.Lock(), [0], [0] * n, []

    def short(t, barrier, idents, shared):
        try:
            idents.append(threading.get_ident())
            barrier.wait()
            for j in range(WORK):
                shared.append((t, j))
            with lock:
                count[0] += 1
        except BaseException as e:
            problems.append(f"short thread {t} raised {e!r}")
            raise

    def spawner(s):
        more, t = budget(per_spawner, seconds, problems), 0
        while more(t):
            k = WAVE if seconds > 0 else min(WAVE, per_spawner - t)
            barrier, idents, shared = threading.Barrier(k), [], []
            wave = [threading.Thread(target=short, args=(t + x, barrier, idents, shared)) for x in range(k)]
            for th in wave:
                th.start()
            for th in wave:
                th.join()
            if len(set(idents)) != k:
                problems.append(f"spawner {s}: a wave of {k} live threads had {len(set(idents))} distinct idents")
            items = set(shared)
            if len(shared) != k * WORK or len(items) != len(shared) or \
                    items != {(t + x, j) for x in range(k) for j in range(WORK)}:
                problems.append(f"spawner {s}: a wave of {k} threads left {len(shared)} items "
                                f"({len(items)} distinct) in its list, expected {k * WORK}")
            t += k
        started[s] = t

    crashed = run(n, spawner)
    total = sum(started)
    if count[0] != total:
        problems.append(f"counter == {count[0]}, {total} threads were started")
    alive = threading.active_count()
    if alive != 1 or threading.enumerate() != [threading.main_thread()]:
        problems.append(f"active_count() == {alive} after joining everything, enumerate() == {threading.enumerate()!r}")
    report(seed, crashed, problems,
           f"{total} short threads from {n} spawners: {total * WORK} appends exact, counter exact, "
           f"active_count() back to 1")


main()
