"""object_churn: threads create many small objects of three kinds -- a plain class (attributes
in __dict__, some pointing at another object), a __slots__ class and a dict subclass -- and
publish them to other threads: they replace slots of a fixed shared list, append to and pop
from a shared pool, and keep a few privately before dropping them; every operation also reads
a random shared object made by whichever thread.

Invariant: every object read is internally consistent: a == 7*serial + owner, a + b == total,
tag == (kind, owner, serial), and a plain object's peer (if any) is consistent too; so is
everything left in the list and the pool at the end.
"""
from stresskit import Rng, budget, params, report, run

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


def main():
    n, m, seed, seconds = params(NAME)
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
    report(NAME, seed, crashed, problems,
           f"{sum(s[0] for s in stats)} objects made by {n} threads, "
           f"{sum(s[1] for s in stats) + SLOTS + len(pool)} reads: every object consistent")


main()
