"""list_append: N threads append (worker, i) tuples to one shared list, in epochs of up to 500
appends per thread (M in all; with --seconds, epochs until the time is up). The action of a
barrier checks the list between epochs, while every worker waits, then empties it.

Invariant: after each epoch len(list) == the number of appends made in it, every (worker, i)
appears exactly once and each worker's items in increasing i order. While appending, each
len() a worker sees is at least its own number of appends in the epoch and never smaller than
the len() it saw before (the list only grows within an epoch).
"""
import threading
from stresskit import budget, params, report, run

NAME = "list_append"
EPOCH = 500  # appends per thread between two checks


def main():
    n, m, seed, seconds = params(NAME)
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
    report(NAME, seed, crashed, problems,
           f"{st['total']} appends by {n} threads in {st['epochs']} epochs: length exact, "
           f"each (worker, i) once and in order")


main()
