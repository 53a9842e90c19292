"""attr_handoff: attributes stored into one object by the thread that made it and by others.
Each thread makes objects of classes it defines itself (a new class every few objects, so every
class's instance dicts start biased to their maker and another thread's first store into one
has to revoke that bias while the maker may be storing), publishes them through a shared list,
keeps storing a counter and inserting attributes (a0..a9) into its recent objects, and stores
an attribute of its own into objects other threads made: two threads insert into one dict,
which grows past its first table while they do.

Invariant: each object's counter equals the stores its maker made into it, and each a<k> its
maker's last value for it (no maker's store lost to another thread's insert); each attribute
another thread stored holds that thread's last value for it (no insert lost to the maker's);
an object's keys are exactly its maker's plus one per thread that stored into it.
"""
from stresskit import Rng, budget, params, report, run

NAME = "attr_handoff"
SLOTS = 32
NEW_CLASS_EVERY = 4
RECENT = 4


# The maker's inserts: ten attribute names, each stored by its own STORE_ATTR (the cached path
# that a biased dict's maker runs without the lock), so an object grows past a dict's first
# eight entries while other threads insert theirs.
def a0(o, v): o.a0 = v
def a1(o, v): o.a1 = v
def a2(o, v): o.a2 = v
def a3(o, v): o.a3 = v
def a4(o, v): o.a4 = v
def a5(o, v): o.a5 = v
def a6(o, v): o.a6 = v
def a7(o, v): o.a7 = v
def a8(o, v): o.a8 = v
def a9(o, v): o.a9 = v


SETTERS = (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9)


def main():
    n, m, seed, seconds = params(NAME)
    shared = [None] * SLOTS
    logs, problems = [None] * n, []

    def body(w):
        rng, more, i = Rng(seed, w), budget(m, seconds, problems), 0
        made = []    # [object, stores into its counter], in making order
        wrote = {}   # id(object) -> (object, the last value this thread stored into it)
        cls = None
        while more(i):
            if i % NEW_CLASS_EVERY == 0:
                class Handed:
                    pass
                cls = Handed
            o = cls()
            o.maker = w
            o.count = 0
            made.append([o, 0])
            shared[rng.below(SLOTS)] = o
            for rec in made[-RECENT:]:
                for _ in range(3):
                    rec[0].count = rec[0].count + 1
                    SETTERS[rec[1] % 10](rec[0], rec[1])
                    rec[1] += 1
            for _ in range(2):
                p = shared[rng.below(SLOTS)]
                if p is not None and p.maker != w:
                    v = i * 1000 + w
                    setattr(p, "w%d" % w, v)
                    wrote[id(p)] = (p, v)
            i += 1
        logs[w] = (made, wrote)

    crashed = run(n, body)
    writers, objects, stores = {}, 0, 0
    for w, log in enumerate(logs):
        if log is None:
            continue
        for p, v in log[1].values():
            writers.setdefault(id(p), set()).add("w%d" % w)
            stores += 1
            got = getattr(p, "w%d" % w, None)
            if got != v:
                problems.append(f"worker {w}'s store into an object of worker {p.maker} was lost: "
                                f"w{w} == {got!r}, stored {v}")
    for w, log in enumerate(logs):
        if log is None:
            continue
        for o, count in log[0]:
            objects += 1
            if o.maker != w or o.count != count:
                problems.append(f"object of worker {w}: maker {o.maker!r}, count {o.count!r} "
                                f"after {count} stores by its maker")
            for k in range(min(count, 10)):
                last = max(j for j in range(count) if j % 10 == k)
                if getattr(o, "a%d" % k, None) != last:
                    problems.append(f"object of worker {w}: a{k} == {getattr(o, 'a%d' % k, None)!r}, "
                                    f"its maker stored {last} last")
            keys = set(vars(o))
            want = {"maker", "count"} | {"a%d" % k for k in range(min(count, 10))} | writers.get(id(o), set())
            if keys != want:
                problems.append(f"object of worker {w}: keys {sorted(keys)}, expected {sorted(want)}")
    report(NAME, seed, crashed, problems,
           f"{objects} objects made by {n} threads, {stores} of them stored into by others: "
           f"every store kept")


main()
