"""list_append: N threads append (worker, i) tuples to one shared list, in epochs of up to 500
appends per thread (M in all; with --seconds, epochs until the time is up). The action of a
barrier checks the list between epochs, while every worker waits, then empties it.

Invariant: after each epoch len(list) == the number of appends made in it, every (worker, i)
appears exactly once and each worker's items in increasing i order. While appending, each
len() a worker sees is at least its own number of appends in the epoch and never smaller than
the len() it saw before (the list only grows within an epoch).
"""
import sys
import threading
import time

NAME = "list_append"
EPOCH = 500  # appends per thread between two checks


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
    shared, problems = [], []
    first, counts, finished = [0] * n, [0] * n, [False] * n
    st = {"go": True, "epochs": 0, "total": 0}

    def verify():  # the barrier's action: runs in one thread while the others wait
        want = sum(counts) - sum(first)
        if len(shared) != want:
            problems.append(f"epoch {st['epochs']}: len(list) == {len(shared)}, expected {want}")
        nxt = first[:]  # per worker, the i its next item must carry
        for pos, item in enumerate(shared):
            if not (type(item) is tuple and len(item) == 2 and type(item[0]) is int and 0 <= item[0] < n):
                problems.append(f"epoch {st['epochs']}: invented item {item!r} at index {pos}")
                break
            w, i = item
            if i != nxt[w]:
                problems.append(f"epoch {st['epochs']}: worker {w}'s item {i!r} at index {pos}, "
                                f"expected {nxt[w]} (lost, duplicated or reordered)")
                break
            nxt[w] += 1
        for w in range(n):
            if nxt[w] != counts[w] and not problems:
                problems.append(f"epoch {st['epochs']}: worker {w} has {nxt[w] - first[w]} items "
                                f"in the list, it appended {counts[w] - first[w]}")
        st["total"] += len(shared)
        st["epochs"] += 1
        shared.clear()
        first[:] = counts
        st["go"] = not all(finished) and not problems

    epoch = threading.Barrier(n, action=verify)

    def body(w):
        more, i = budget(m, seconds, problems), 0
        while True:
            start, last = i, 0
            while i - start < EPOCH and more(i):
                shared.append((w, i))
                i += 1
                size = len(shared)
                if size < i - start or size < last:
                    problems.append(f"worker {w}: len() == {size} after its own {i - start} appends "
                                    f"in this epoch (saw {last} before)")
                    break
                last = size
            counts[w], finished[w] = i, not more(i)
            epoch.wait()
            if not st["go"]:
                return

    crashed = run(n, body)
    report(seed, crashed, problems,
           f"{st['total']} appends by {n} threads in {st['epochs']} epochs: length exact, "
           f"each (worker, i) once and in order")


main()
