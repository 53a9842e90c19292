"""short_threads: N spawner threads each start short-lived threads in waves of 12 (M//50 per
spawner, at least one: N*M/50 in all; with --seconds, waves until the time is up). The threads
of a wave meet at their own barrier, then each appends 20 (thread, j) tuples to the wave's
shared list and bumps a Lock-protected counter shared by all.

Invariant: after each wave is joined its list holds exactly 20 items per thread, each
(thread, j) once, and its threads, all alive together at the barrier, had distinct
get_ident()s; the counter equals the number of threads started; after everything is joined
threading.active_count() == 1 and threading.enumerate() is just the main thread.
"""
import threading
from stresskit import budget, params, report, run

NAME = "short_threads"
WAVE = 12
WORK = 20


def main():
    n, m, seed, seconds = params(NAME)
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
    report(NAME, seed, crashed, problems,
           f"{total} short threads from {n} spawners: {total * WORK} appends exact, counter exact, "
           f"active_count() back to 1")


main()
