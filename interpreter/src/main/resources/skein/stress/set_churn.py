"""set_churn: threads add, discard and remove ints in one shared set; thread w owns the ints
congruent to w mod N (64 of them) and keeps a private log (a model set) of what it did.

Invariant: a thread's membership tests on its own ints always agree with its log; ints that
nobody writes (set up before the start) are always there; len() never exceeds what can exist;
at the end the set is exactly the untouched ints plus the union of what each log says remains.
"""
from stresskit import Rng, budget, params, report, run

NAME = "set_churn"
OWN = 64  # ints per thread
FIXED = [-1 - j for j in range(40)]  # never written


def main():
    n, m, seed, seconds = params(NAME)
    shared, logs, counts, problems = set(FIXED), [set() for _ in range(n)], [0] * n, []

    def body(w):
        rng, more, log, i = Rng(seed, w), budget(m, seconds, problems), logs[w], 0
        while more(i):
            x, op = w + n * rng.below(OWN), rng.below(6)
            if op < 2:
                shared.add(x)
                log.add(x)
            elif op < 4:
                if x in log:
                    shared.remove(x)  # a KeyError here is a failure too
                else:
                    shared.discard(x)
                log.discard(x)
            elif op == 4:
                if (x in shared) != (x in log):
                    problems.append(f"worker {w}: {x} in set is {x in shared}, its log says {x in log}")
                    break
            else:
                y, other = FIXED[rng.below(len(FIXED))], rng.below(n * OWN)
                if y not in shared:
                    problems.append(f"worker {w}: untouched {y} missing")
                other in shared  # someone else's int: any answer, but no error
                size = len(shared)
                if not len(FIXED) <= size <= n * OWN + len(FIXED):
                    problems.append(f"worker {w}: len(set) == {size}, not in [{len(FIXED)}, {n * OWN + len(FIXED)}]")
            i += 1
        counts[w] = i

    crashed = run(n, body)
    expected = set(FIXED)
    for log in logs:
        expected |= log
    if shared != expected:
        missing, extra = sorted(expected - shared), sorted(shared - expected)
        problems.append(f"final set has {len(shared)} ints, expected {len(expected)}: "
                        f"missing {missing[:5]}, extra {extra[:5]}")
    report(NAME, seed, crashed, problems,
           f"{sum(counts)} ops by {n} threads: own membership always matched the log, "
           f"final set exact ({len(expected)} ints)")


main()
