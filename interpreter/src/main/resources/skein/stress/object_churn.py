"""object_churn: threads create many small objects of three kinds -- a plain class (attributes
in __dict__, some pointing at another object), a __slots__ class and a dict subclass -- and
publish them to other threads: they replace slots of a fixed shared list, append to and pop
from a shared pool, and keep a few privately before dropping them; every operation also reads
a random shared object made by whichever thread.

Invariant: every object read is internally consistent: a == 7*serial + owner, a + b == total,
tag == (kind, owner, serial), and a plain object's peer (if any) is consistent too; so is
everything left in the list and the pool at the end.
"""
import sys
import threading
import time

NAME = "object_churn"
SLOTS = 64
POOL_CAP = 256


class Plain:
    def __init__(self, owner, serial, b, peer):
        self.owner, self.serial, self.a, self.b = owner, serial, 7 * serial + owner, b
        self.total = self.a + b
        self.tag = ("plain", owner, serial)
        self.peer = peer


class Slotted:
    __slots__ = ("owner", "serial", "a", "b", "total", "tag")

    def __init__(self, owner, serial, b):
        self.owner, self.serial, self.a, self.b = owner, serial, 7 * serial + owner, b
        self.total = self.a + b
        self.tag = ("slotted", owner, serial)


class Record(dict):
    def __init__(self, owner, serial, b):
        a = 7 * serial + owner
        dict.__init__(self, owner=owner, serial=serial, a=a, b=b, total=a + b)
        self["tag"] = ("record", owner, serial)


def consistent(o, depth=0):
    t = type(o)
    if t is Record:
        owner, serial, a, b, total, tag = (o[k] for k in ("owner", "serial", "a", "b", "total", "tag"))
    elif t is Plain or t is Slotted:
        owner, serial, a, b, total, tag = o.owner, o.serial, o.a, o.b, o.total, o.tag
    else:
        return False
    kind = "record" if t is Record else "slotted" if t is Slotted else "plain"
    ok = a == 7 * serial + owner and a + b == total and tag == (kind, owner, serial)
    return ok and (t is not Plain or o.peer is None or (depth == 0 and consistent(o.peer, 1)))


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
    shared = [Slotted(n, j, j) for j in range(SLOTS)]  # owner n: made by the main thread
    pool, stats, problems = [], [None] * n, []

    def check(o, w, where):
        if not consistent(o):
            problems.append(f"worker {w}: inconsistent object from {where}: {type(o).__name__} "
                            f"{getattr(o, '__dict__', o)!r}")

    def body(w):
        rng, more, mine, i, reads = Rng(seed, w), budget(m, seconds, problems), [], 0, 0
        while more(i):
            kind, op, b = rng.below(3), rng.below(7), rng.below(1000)
            if kind == 0:
                peer = shared[rng.below(SLOTS)]
                o = Plain(w, i, b, None if type(peer) is Plain else peer)
            else:
                o = Slotted(w, i, b) if kind == 1 else Record(w, i, b)
            if op < 3:
                shared[rng.below(SLOTS)] = o  # the replaced object may die here
            elif op < 5:
                pool.append(o)
                if len(pool) > POOL_CAP:
                    op = 5
            elif op < 7:
                mine.append(o)
                if len(mine) > 8:
                    mine.pop(0)
            if op == 5:
                try:
                    check(pool.pop(), w, "pool")
                    reads += 1
                except IndexError:
                    pass
            check(shared[rng.below(SLOTS)], w, "list")
            reads += 1
            i += 1
        stats[w] = (i, reads)

    crashed = run(n, body)
    for o in shared + pool:
        check(o, "main", "final state")
    report(seed, crashed, problems,
           f"{sum(s[0] for s in stats)} objects made by {n} threads, "
           f"{sum(s[1] for s in stats) + SLOTS + len(pool)} reads: every object consistent")


main()
