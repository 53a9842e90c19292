"""dict_disjoint: each thread sets, overwrites, reads back, pops and deletes its own keys
(worker, k) in one shared dict, which also holds keys that nobody writes.

Invariant: every read of a thread's own key sees exactly (`is`) its own last write, or absence
after its own delete; the untouched keys always read back their values; at the end the dict
equals the untouched keys plus the union of the threads' private models, value for value.
"""
from stresskit import Rng, budget, params, report, run

NAME = "dict_disjoint"
KEYS = 48  # keys per thread


def main():
    n, m, seed, seconds = params(NAME)
    fixed = {("fixed", j): j * j for j in range(32)}
    d = dict(fixed)
    models, counts, problems = [{} for _ in range(n)], [0] * n, []

    def body(w):
        rng, more, model, i = Rng(seed, w), budget(m, seconds, problems), models[w], 0
        while more(i):
            k, op = rng.below(KEYS), rng.below(8)
            key, want = (w, k), model.get(k)
            if op < 3:  # set or overwrite
                d[key] = model[k] = (w, k, i)
            elif op < 5:  # read back, and read an untouched key
                got = d.get(key)
                j = rng.below(32)
                if d[("fixed", j)] != j * j:
                    problems.append(f"worker {w}: untouched key {j} reads {d[('fixed', j)]!r}")
            elif op == 5:
                got = d.pop(key, None)
                model.pop(k, None)
            elif op == 6:
                if want is not None:
                    del d[key]  # a KeyError here is a failure too
                    del model[k]
                    want = None
                got = d.get(key, "present") if key in d else None
            else:
                new = (w, k, i)
                got = d.setdefault(key, new)
                if want is None:
                    want = model[k] = new
            if op >= 3 and got is not want:
                problems.append(f"worker {w} op {op} key {k}: read {got!r}, its own last write was {want!r}")
                break
            i += 1
        counts[w] = i

    crashed = run(n, body)
    expected = dict(fixed)
    for w in range(n):
        for k, v in models[w].items():
            expected[(w, k)] = v
    if len(d) != len(expected):
        problems.append(f"len(dict) == {len(d)}, expected {len(expected)}")
    for key, v in expected.items():
        if d.get(key) is not v:
            problems.append(f"key {key!r}: {d.get(key, 'missing')!r}, expected {v!r}")
    for key in d:
        if key not in expected:
            problems.append(f"key {key!r} should not be there (value {d[key]!r})")
    report(NAME, seed, crashed, problems,
           f"{sum(counts)} ops by {n} threads on own keys: every read saw its own last write, "
           f"final dict exact ({len(expected)} keys)")


main()
