"""queue_pipeline: producers -> transformers -> consumers through two queue.Queue(maxsize=8).
Producers put distinct ints x; transformers put (x, x*x % 1009); consumers collect. In each
epoch (up to 1000 items per producer; M in all, or until --seconds are up) a coordinator
thread waits for the producers (a Semaphore), then q1.join(): by then every transformer has
task_done'd every item, so their counts must add up to the items produced; then q2.join()
likewise for the consumers; it checks the epoch's results and releases the producers (a
Barrier) into the next epoch. At the end it puts one sentinel per transformer and consumer.

Invariant: the counts at each join() are exact, and the multiset of an epoch's results equals
{(x, x*x % 1009) for every x produced in it}, each exactly once; the queues end empty.
"""
import queue
import threading
from stresskit import budget, params, report, run

NAME = "queue_pipeline"
EPOCH = 1000  # items per producer between two checks
STOP = None


def main():
    n, m, seed, seconds = params(NAME)
    np = max(1, n // 3)
    nt = max(1, n // 3)
    nc = max(1, n - np - nt)
    q1, q2 = queue.Queue(maxsize=8), queue.Queue(maxsize=8)
    producers_done, resume = threading.Semaphore(0), threading.Barrier(np + 1)
    first, made, finished = [0] * np, [0] * np, [False] * np
    passed, results, problems = [0] * nt, [[] for _ in range(nc)], []
    st = {"go": True, "epochs": 0, "items": 0}

    def produce(p):
        more, i = budget(m, seconds, problems), 0
        while True:
            start = i
            while i - start < EPOCH and more(i):
                q1.put(i * np + p)
                i += 1
            made[p], finished[p] = i, not more(i)
            producers_done.release()
            resume.wait()
            if not st["go"]:
                return

    def transform(t):
        while True:
            x = q1.get()
            if x is STOP:
                q1.task_done()
                return
            q2.put((x, x * x % 1009))
            passed[t] += 1
            q1.task_done()

    def consume(c):
        while True:
            r = q2.get()
            if r is STOP:
                q2.task_done()
                return
            results[c].append(r)
            q2.task_done()

    def coordinate(_):
        while st["go"]:
            for _ in range(np):
                producers_done.acquire()
            total, ep = sum(made), st["epochs"]
            q1.join()
            if sum(passed) != total:
                problems.append(f"epoch {ep}, after q1.join(): transformers passed {sum(passed)} of {total} items")
            q2.join()  # the consumers are idle now: their result lists can be checked and emptied
            got = sorted(r for rs in results for r in rs)
            for rs in results:
                rs.clear()
            want = sorted((x, x * x % 1009) for p in range(np) for x in range(first[p] * np + p, made[p] * np, np))
            if got != want:
                diff = [(a, b) for a, b in zip(got, want) if a != b][:1]
                problems.append(f"epoch {ep}: {len(got)} results, expected {len(want)}; "
                                f"first difference (got, expected): {diff}")
            st["items"] += len(want)
            first[:] = made
            st["epochs"] += 1
            st["go"] = not all(finished) and not problems
            resume.wait()
        for _ in range(nt):
            q1.put(STOP)
        for _ in range(nc):
            q2.put(STOP)

    roles = ([(produce, p) for p in range(np)] + [(transform, t) for t in range(nt)]
             + [(consume, c) for c in range(nc)] + [(coordinate, 0)])
    crashed = run(len(roles), lambda w: roles[w][0](roles[w][1]))
    if q1.qsize() or q2.qsize():
        problems.append(f"queues not empty at the end: {q1.qsize()}, {q2.qsize()}")
    report(NAME, seed, crashed, problems,
           f"{st['items']} items through {np} producers -> {nt} transformers -> {nc} consumers "
           f"in {st['epochs']} epochs: result multisets exact, counts exact at every join()")


main()
