"""set_churn: threads add, discard and remove ints in one shared set; thread w owns the ints
congruent to w mod N (64 of them) and keeps a private log (a model set) of what it did.

Invariant: a thread's membership tests on its own ints always agree with its log; ints that
nobody writes (set up before the start) are always there; len() never exceeds what can exist;
at the end the set is exactly the untouched ints plus the union of what each log says remains.
"""
import sys
import threading
import time

NAME = "set_churn"
OWN = 64  # ints per thread
FIXED = [-1 - j for j in range(40)]  # never written


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
    report(seed, crashed, problems,
           f"{sum(counts)} ops by {n} threads: own membership always matched the log, "
           f"final set exact ({len(expected)} ints)")


main()
