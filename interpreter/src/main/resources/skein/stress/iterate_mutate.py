"""iterate_mutate: half the threads (at least 1) iterate over a shared list and a shared dict
while the others (at least 1) mutate them: list append / pop() / pop(0) / item assignment,
dict store / pop / del. List items are (x, check(x)); dict entries are k -> (k, x, check(k, x)).
Readers scan with `for x in lst`, `for k in list(d)`, `for k, v in d.items()` and
`for v in d.values()`, the last two catching RuntimeError "dictionary changed size during
iteration" (or "... keys changed ..."); readers go on until the writers are done.

Invariant: every item seen while iterating (and every item a writer pops) is one that was
really put there -- its checksum matches, and a dict value matches its key -- and no exception
other than that RuntimeError (or IndexError/KeyError on a writer's racy pop/del) happens;
in particular `list(d)` never raises (CPython copies a dict's keys in one atomic step).
"""
import threading
from stresskit import Rng, budget, params, report, run

NAME = "iterate_mutate"
CAP = 64  # the list is kept around this length; dict keys are 0..CAP-1


def check(*xs):
    h = 0x345678
    for x in xs:
        h = ((h ^ x) * 1000003) & 0xFFFFFFFF
    return h


def item_ok(it):
    return type(it) is tuple and len(it) == 2 and it[1] == check(it[0])


def entry_ok(k, v):
    return type(v) is tuple and len(v) == 3 and v[0] == k and v[2] == check(k, v[1])


def main():
    n, m, seed, seconds = params(NAME)
    nread, nwrite = max(1, n // 2), max(1, n - n // 2)
    lst = [(x, check(x)) for x in range(CAP)]
    d = {k: (k, -k, check(k, -k)) for k in range(CAP)}
    writers_left, stats, problems = [nwrite], [None] * (nread + nwrite), []
    lock = threading.Lock()

    def bad(who, what):
        problems.append(f"{who}: {what}")

    def read(r):
        scans, seen, errors = 0, 0, 0
        while scans == 0 or writers_left[0]:
            for it in lst:
                seen += 1
                if not item_ok(it):
                    bad(f"reader {r}", f"list iteration saw {it!r}")
            for k in list(d):
                v = d.get(k)
                if type(k) is not int or not 0 <= k < CAP or not (v is None or entry_ok(k, v)):
                    bad(f"reader {r}", f"list(d) holds key {k!r}, d.get() gives {v!r}")
            try:
                for k, v in d.items():
                    seen += 1
                    if not entry_ok(k, v):
                        bad(f"reader {r}", f"d.items() saw {k!r}: {v!r}")
                for v in d.values():
                    seen += 1
                    if not entry_ok(v[0], v):
                        bad(f"reader {r}", f"d.values() saw {v!r}")
            except RuntimeError as e:
                if str(e) not in ("dictionary changed size during iteration",
                                  "dictionary keys changed during iteration"):
                    raise
                errors += 1
            scans += 1
        stats[r] = (scans, seen, errors)

    def write(w):
        rng, more, i = Rng(seed, w), budget(m, seconds, problems), 0
        while more(i):
            op, x, k = rng.below(6), (w << 24) + i, rng.below(CAP)
            try:
                if op < 2 and rng.below(2 * CAP) >= len(lst):  # the length hovers around CAP
                    lst.append((x, check(x)))
                elif op < 2:
                    it = lst.pop() if op else lst.pop(0)
                    if not item_ok(it):
                        bad(f"writer {w}", f"popped {it!r}")
                elif op == 2:
                    lst[rng.below(CAP)] = (x, check(x))
                elif op == 3:
                    d[k] = (k, x, check(k, x))
                elif op == 4:
                    v = d.pop(k, None)
                    if v is not None and not entry_ok(k, v):
                        bad(f"writer {w}", f"popped {k}: {v!r}")
                else:
                    del d[k]
            except (IndexError, KeyError):
                pass  # the list got shorter / the key went away under us: legitimate
            i += 1
        with lock:
            writers_left[0] -= 1
        stats[nread + w] = (i,)

    crashed = run(nread + nwrite, lambda t: read(t) if t < nread else write(t - nread))
    for it in lst:
        if not item_ok(it):
            bad("main", f"final list holds {it!r}")
    for k, v in d.items():
        if not entry_ok(k, v):
            bad("main", f"final dict holds {k!r}: {v!r}")
    if crashed:
        report(NAME, seed, crashed, problems, "")
    rs = stats[:nread]
    report(NAME, seed, crashed, problems,
           f"{sum(s[0] for s in stats[nread:])} mutations by {nwrite} writers, {sum(s[0] for s in rs)} scans "
           f"by {nread} readers saw {sum(s[1] for s in rs)} items, all genuine "
           f"({sum(s[2] for s in rs)} 'changed during iteration' errors)")


main()
