"""function_churn: threads make functions, generators and classes that refer to themselves (a
function through its own closure cell, a suspended generator through a local, a class through
its methods' closure), publish some functions and instances of new classes through shared lists
(where another thread's store turns the one it replaces into garbage), call what others
published and make instances of the published classes, and now and then run gc.collect()
themselves -- while automatic collections start on their own. Functions and classes are
deferred objects: references from frames are not counted, so only the collector's scan of every
thread's frame stack keeps a function that a running frame holds (the worker's own `f` below,
the published function another thread is calling) from being collected; and a class's
instances count their references to it in their thread's own slot, which the collector adds up.

Invariant: every function called works (returns itself and the right number, its sentinel not
finalized), every published instance's class works; at the end, after one more gc.collect(),
every sentinel was finalized exactly once (functions, generators and classes made == finalized +
what is still published), and every weak reference to an unpublished function is dead.
"""
import gc
import threading
import weakref

from stresskit import Rng, budget, params, report, run

NAME = "function_churn"
SLOTS = 32

lock = threading.Lock()
finalized = set()
twice = []


class Sentinel:
    def __init__(self, key):
        self.key = key

    def __del__(self):
        with lock:
            if self.key in finalized:
                twice.append(self.key)
            finalized.add(self.key)


def make(owner, serial):
    """A function in a cycle through its own closure cell, carrying a sentinel."""
    def f(x):
        return f, x + serial
    f.key = (owner, serial)
    f.sentinel = Sentinel(f.key)
    return f


def works(f):
    g, v = f(1)
    return g is f and v == f.key[1] + 1 and f.sentinel.key == f.key


def self_holding_generator(owner, serial):
    """A started generator whose frame holds the generator itself: garbage once dropped."""
    def g():
        s = Sentinel((owner, -1 - serial))
        me = yield
        yield me, s
    it = g()
    next(it)
    held, s = it.send(it)
    return held is it and s.key == (owner, -1 - serial)


def make_class(owner, serial):
    """An instance of a new class in a cycle through its method's closure, carrying a sentinel."""
    class K:
        def get(self):
            return K, self.v
    K.sentinel = Sentinel((owner, serial, "class"))
    k = K()
    k.v = serial
    return k


def class_works(k):
    cls, v = k.get()
    other = cls()  # an instance made on this thread: counted in this thread's slot for the class
    other.v = v
    return cls is type(k) and other.get() == (cls, v) and cls.sentinel.key[1] == v


def main():
    n, m, seed, seconds = params(NAME)
    shared = [None] * SLOTS
    instances = [None] * SLOTS
    problems, made, gens, classes, refs = [], [0] * n, [0] * n, [0] * n, [[] for _ in range(n)]

    def body(w):
        rng, more, i = Rng(seed, w), budget(m, seconds, problems), 0
        while more(i):
            f = make(w, i)
            refs[w].append(weakref.ref(f))
            op = rng.below(10)
            if op < 3:
                shared[rng.below(SLOTS)] = f  # the function it replaces becomes garbage
            elif op == 3:
                if not self_holding_generator(w, i):
                    problems.append(f"worker {w}: a generator lost itself")
                gens[w] += 1
            elif op == 4:
                instances[rng.below(SLOTS)] = make_class(w, i)  # the class it replaces becomes garbage
                classes[w] += 1
            if not (lambda: works(f))():  # f held by this frame alone (and the lambda's cell)
                problems.append(f"worker {w}: its own function {f.key} broke")
            del f
            o = shared[rng.below(SLOTS)]
            if o is not None and not works(o):
                problems.append(f"worker {w}: a published function was broken: {o.key}")
            k = instances[rng.below(SLOTS)]
            if k is not None and not class_works(k):
                problems.append(f"worker {w}: a published class was broken: {type(k).sentinel.key}")
            del o, k
            if op == 9 and rng.below(20) == 0:
                gc.collect()
            i += 1
        made[w] = i

    crashed = run(n, body)
    live = {o.key for o in shared if o is not None} | {type(k).sentinel.key for k in instances if k is not None}
    gc.collect()
    for o in shared:
        if o is not None and not works(o):
            problems.append(f"final: a published function was broken: {o.key}")
    for k in instances:
        if k is not None and not class_works(k):
            problems.append(f"final: a published class was broken: {type(k).sentinel.key}")
    expected = sum(made) + sum(gens) + sum(classes) - len(live)
    if twice:
        problems.append(f"finalized twice: {twice[:3]}")
    if len(finalized) != expected:
        problems.append(f"finalized {len(finalized)} sentinels, expected {expected} ({sum(made)} functions, "
                        f"{sum(gens)} generators and {sum(classes)} classes made, {len(live)} still published)")
    if finalized & live:
        problems.append(f"finalized while published: {sorted(finalized & live)[:3]}")
    stale = sum(1 for rs in refs for r in rs if r() is not None and r().key not in live)
    if stale:
        problems.append(f"{stale} weak references to garbage functions still alive")
    report(NAME, seed, crashed, problems,
           f"{sum(made)} self-referencing functions, {sum(gens)} self-holding generators and {sum(classes)} classes "
           f"made by {n} threads, "
           f"{len(finalized)} sentinels finalized exactly once")


main()
