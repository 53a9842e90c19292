"""bounded_buffer: producers and consumers through a plain list bounded to 8 items, guarded by
one Lock with two Conditions (not_full, not_empty; wait/notify, not queue). N//2 producers
(at least 1) and the rest consumers (at least 1); consumers stop when all producers are done
and the buffer is drained. This is repeated in epochs of up to 1000 items per producer (M in
all; with --seconds, until the time is up), checked by the action of a barrier in between.

Invariant: every produced item (producer, i) is consumed exactly once; each consumer sees one
producer's items in increasing i (the buffer is FIFO); len(buffer) never exceeds the bound
(checked under the lock after every append); the buffer is empty after each epoch.
"""
import threading
from stresskit import budget, params, report, run

NAME = "bounded_buffer"
BOUND = 8
EPOCH = 1000  # items per producer between two checks


def main():
    n, m, seed, seconds = params(NAME)
    nprod = max(1, n // 2)
    ncons = max(1, n - nprod)
    lock, buf = threading.Lock(), []
    not_full, not_empty = threading.Condition(lock), threading.Condition(lock)
    st = {"done": 0, "peak": 0, "go": True, "epochs": 0, "items": 0}
    first, made, finished = [0] * nprod, [0] * nprod, [False] * nprod
    got, problems = [[] for _ in range(ncons)], []

    def settle():  # the barrier's action: runs in one thread while the others wait
        seen = [[0] * (made[p] - first[p]) for p in range(nprod)]
        for c in range(ncons):
            for p, i in got[c]:
                if first[p] <= i < made[p]:
                    seen[p][i - first[p]] += 1
                else:
                    problems.append(f"consumer {c} got item {i} of producer {p}, which made "
                                    f"{first[p]}..{made[p] - 1} in this epoch")
            got[c].clear()
        for p in range(nprod):
            bad = [i for i in range(len(seen[p])) if seen[p][i] != 1]
            if bad:
                problems.append(f"producer {p}: {len(bad)} items not consumed exactly once, e.g. item "
                                f"{first[p] + bad[0]} consumed {seen[p][bad[0]]} times")
        if buf:
            problems.append(f"{len(buf)} items left in the buffer after the epoch")
        st["items"] += sum(made) - sum(first)
        first[:] = made
        st["done"], st["epochs"] = 0, st["epochs"] + 1
        st["go"] = not all(finished) and not problems

    epoch = threading.Barrier(nprod + ncons, action=settle)

    def produce(p):
        more, i = budget(m, seconds, problems), 0
        while True:
            start = i
            while i - start < EPOCH and more(i):
                with not_full:
                    while len(buf) >= BOUND:
                        not_full.wait()
                    buf.append((p, i))
                    size = len(buf)
                    if size > BOUND:
                        problems.append(f"producer {p}: {size} items in a buffer bounded to {BOUND}")
                    st["peak"] = max(st["peak"], size)
                    not_empty.notify()
                i += 1
            made[p], finished[p] = i, not more(i)
            with lock:
                st["done"] += 1
                if st["done"] == nprod:
                    not_empty.notify_all()
            epoch.wait()
            if not st["go"]:
                return

    def consume(c):
        last = [-1] * nprod
        while True:
            with not_empty:
                while not buf and st["done"] < nprod:
                    not_empty.wait()
                item = buf.pop(0) if buf else None
                if item is not None:
                    not_full.notify()
            if item is None:  # every producer is done with this epoch and the buffer is drained
                epoch.wait()
                if not st["go"]:
                    return
                continue
            p, i = item
            if i <= last[p]:
                problems.append(f"consumer {c}: item {i} of producer {p} after its item {last[p]}")
            last[p] = i
            got[c].append(item)

    crashed = run(nprod + ncons, lambda w: produce(w) if w < nprod else consume(w - nprod))
    report(NAME, seed, crashed, problems,
           f"{st['items']} items from {nprod} producers consumed exactly once by {ncons} consumers "
           f"in {st['epochs']} epochs, in order per producer; peak {st['peak']} <= bound {BOUND}")


main()
