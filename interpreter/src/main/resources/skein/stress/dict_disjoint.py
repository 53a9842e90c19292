"""dict_disjoint: each thread sets, overwrites, reads back, pops and deletes its own keys
(worker, k) in one shared dict, which also holds keys that nobody writes.

Invariant: every read of a thread's own key sees exactly (`is`) its own last write, or absence
after its own delete; the untouched keys always read back their values; at the end the dict
equals the untouched keys plus the union of the threads' private models, value for value.
"""
import sys
import threading
import time

NAME = "dict_disjoint"
KEYS = 48  # keys per thread


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
    report(seed, crashed, problems,
           f"{sum(counts)} ops by {n} threads on own keys: every read saw its own last write, "
           f"final dict exact ({len(expected)} keys)")


main()
