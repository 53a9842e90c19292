"""cycle_churn: threads make reference cycles with finalizers and drop them, publish some
through a shared list (where another thread's store turns them into garbage), read what
others published, hold weak references to everything they made, and now and then run
gc.collect() themselves -- while automatic collections start on their own.

Invariant: every object read from the shared list is alive (its finalizer has not run) and its
cycle is intact; at the end, after one more gc.collect(), every finalizer ran exactly once
(finalized == made, no serial twice) except for the objects still in the shared list, and every
weak reference to a finalized object is dead.
"""
import gc
import threading
import weakref

from stresskit import Rng, budget, params, report, run

NAME = "cycle_churn"
SLOTS = 32

lock = threading.Lock()
finalized = set()
twice = []


class Node:
    def __init__(self, owner, serial):
        self.key = (owner, serial)
        self.dead = False
        self.partner = None

    def __del__(self):
        self.dead = True
        with lock:
            if self.key in finalized:
                twice.append(self.key)
            finalized.add(self.key)


def pair(owner, serial):
    """Two nodes in a cycle (serials 2*serial and 2*serial+1), the first returned."""
    a, b = Node(owner, 2 * serial), Node(owner, 2 * serial + 1)
    a.partner, b.partner = b, a
    a.group = [a, b, {"a": a}]  # a list and a dict in the cycle too
    return a


def intact(a):
    b = a.partner
    return (not a.dead and b is not None and not b.dead and b.partner is a
            and a.group[0] is a and a.group[2]["a"] is a)


def main():
    n, m, seed, seconds = params(NAME)
    shared = [None] * SLOTS
    problems, made, refs = [], [0] * n, [[] for _ in range(n)]

    def body(w):
        rng, more, i = Rng(seed, w), budget(m, seconds, problems), 0
        while more(i):
            a = pair(w, i)
            refs[w].append(weakref.ref(a))
            op = rng.below(10)
            if op < 3:
                shared[rng.below(SLOTS)] = a  # the pair it replaces becomes garbage
            del a
            o = shared[rng.below(SLOTS)]
            if o is not None and not intact(o):
                problems.append(f"worker {w}: a published pair was finalized or broken: {o.key}")
            if op == 9 and rng.below(20) == 0:
                gc.collect()
            i += 1
        made[w] = i

    crashed = run(n, body)
    live = {o.key for o in shared if o is not None} | {o.partner.key for o in shared if o is not None}
    gc.collect()
    for o in shared:
        if o is not None and not intact(o):
            problems.append(f"final: a published pair was finalized or broken: {o.key}")
    expected = 2 * sum(made) - len(live)
    if twice:
        problems.append(f"finalized twice: {twice[:3]}")
    if len(finalized) != expected:
        problems.append(f"finalized {len(finalized)} objects, expected {expected} ({2 * sum(made)} made, {len(live)} still published)")
    if finalized & live:
        problems.append(f"finalized while published: {sorted(finalized & live)[:3]}")
    stale = sum(1 for rs in refs for r in rs if r() is not None and r().key not in live)
    if stale:
        problems.append(f"{stale} weak references to garbage still alive")
    report(NAME, seed, crashed, problems,
           f"{2 * sum(made)} objects in cycles made by {n} threads, {len(finalized)} finalized exactly once")


main()
