"""dict_shared: all threads churn the same 8 keys of one dict with d[k] = v (odd keys only),
d.get(k), d.pop(k, None) and d.setdefault(k, v); every value is a fresh tuple
(key, worker, serial, kind), identified by (worker, serial). The threads work in epochs of up
to 1000 operations each (M in all; with --seconds, until the time is up); between epochs the
action of a barrier checks the epoch while every worker waits.

Invariants, true under any interleaving (per epoch; "carried" = present when it began):
- every value read (get, pop, setdefault) is a well-formed value for THAT key, and len(d)
  never exceeds the number of keys;
- every value popped or present at the end of the epoch was carried or made in the epoch, was
  not a setdefault value that lost (setdefault returned another value), and no value is
  popped twice nor popped and still present;
- per key, absent->present happens by a setdefault insert (it returned our own value) or by a
  store to an absent key, present->absent only by a successful pop, so
  0 <= pops + present_after - present_before - setdefault_inserts <= stores; on the even keys,
  never stored to, that is an equation.
"""
import threading
from stresskit import Rng, budget, params, report, run

NAME = "dict_shared"
KEYS = 8
EPOCH = 1000
STORE, SETDEFAULT = 0, 1


def main():
    n, m, seed, seconds = params(NAME)
    d, problems, tallies, finished = {}, [], [None] * n, [False] * n
    st = {"go": True, "epochs": 0, "carried": {}, "ops": 0, "sums": [0, 0, 0]}

    def valid(v, k):
        return (type(v) is tuple and len(v) == 4 and v[0] == k and type(v[1]) is int
                and 0 <= v[1] < n and type(v[2]) is int and v[3] in (STORE, SETDEFAULT))

    def settle():  # the barrier's action: runs in one thread while the others wait
        now, before, ep = dict(d), st["carried"], st["epochs"]
        carried = {(v[1], v[2]) for v in before.values()}

        def genuine(v, what):
            w, serial = v[1], v[2]
            first, end, lost = tallies[w][0], tallies[w][1], tallies[w][6]
            if (w, serial) not in carried and not first <= serial < end:
                problems.append(f"epoch {ep}: {what} {v!r} was neither carried nor made in this epoch")
            elif v[3] == SETDEFAULT and serial in lost:
                problems.append(f"epoch {ep}: {what} {v!r} comes from a setdefault that lost")

        popped = set()
        for w in range(n):
            for v in tallies[w][5]:
                if (v[1], v[2]) in popped:
                    problems.append(f"epoch {ep}: value {v!r} popped twice")
                popped.add((v[1], v[2]))
                genuine(v, "popped")
        for k, v in now.items():
            if not (type(k) is int and 0 <= k < KEYS and valid(v, k)):
                problems.append(f"epoch {ep}: entry {k!r}: {v!r}")
                continue
            genuine(v, "present")
            if (v[1], v[2]) in popped:
                problems.append(f"epoch {ep}: value {v!r} was popped and is still present")
        for k in range(KEYS):
            p, s, stores = (sum(tallies[w][j][k] for w in range(n)) for j in (2, 3, 4))
            st["sums"] = [st["sums"][0] + p, st["sums"][1] + s, st["sums"][2] + stores]
            slack = p + (k in now) - (k in before) - s
            if not 0 <= slack <= stores:
                problems.append(f"epoch {ep} key {k}: pops {p} + present after {int(k in now)} - before "
                                f"{int(k in before)} - setdefault inserts {s} == {slack}, not in [0, {stores}]")
        st["ops"] += sum(t[1] - t[0] for t in tallies)
        st["carried"], st["epochs"] = now, ep + 1
        st["go"] = not all(finished) and not problems

    epoch = threading.Barrier(n, action=settle)

    def body(w):
        rng, more, i = Rng(seed, w), budget(m, seconds, problems), 0
        while True:
            first = i
            pops, inserts, stores, popped, lost = [0] * KEYS, [0] * KEYS, [0] * KEYS, [], set()
            while i - first < EPOCH and more(i):
                k, op, v = rng.below(KEYS), rng.below(4), None
                if op == 0 and k % 2:
                    d[k] = (k, w, i, STORE)
                    stores[k] += 1
                elif op <= 1:
                    v = d.get(k)
                elif op == 2:
                    v = d.pop(k, None)
                    if v is not None:
                        pops[k] += 1
                        if valid(v, k):  # an invalid one is reported just below
                            popped.append(v)
                else:
                    mine = (k, w, i, SETDEFAULT)
                    v = d.setdefault(k, mine)
                    if v is mine:
                        inserts[k] += 1
                    else:
                        lost.add(i)
                if v is not None and not valid(v, k):
                    problems.append(f"worker {w} op {op}: read {v!r} for key {k}")
                size = len(d)
                if size > KEYS:
                    problems.append(f"worker {w}: len(d) == {size} > {KEYS} keys")
                i += 1
            tallies[w], finished[w] = (first, i, pops, inserts, stores, popped, lost), not more(i)
            epoch.wait()
            if not st["go"]:
                return

    crashed = run(n, body)
    p, s, stores = st["sums"]
    report(NAME, seed, crashed, problems,
           f"{st['ops']} ops by {n} threads on {KEYS} keys in {st['epochs']} epochs: {p} pops, "
           f"{s} setdefault inserts, {stores} stores; every value genuine, none popped twice, "
           f"per-key presence balance in [0, stores] (exact on the {KEYS // 2} store-free keys)")


main()
