"""list_pop_drain: N threads drain one shared list with pop() and pop(0) until IndexError.

The list is filled with distinct ints in rounds of up to N*100 (N*M in all; with --seconds,
rounds go on until the time is up); the action of a barrier refills it between rounds.
Invariant (checked by that action, for the round just drained): every int put in was popped
exactly once across all threads (no loss, no duplicate, no invented value), and the list is
empty.
"""
import sys
import threading
import time

NAME = "list_pop_drain"
ROUND = 100  # elements per thread per round


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
    shared, got, per, problems = [], [[] for _ in range(n)], [0] * n, []
    st = {"lo": 0, "filled": 0, "rounds": 0, "go": True, "end": None}

    def between_rounds():  # the barrier's action: runs in one thread while the others wait
        lo, hi = st["lo"], st["filled"]  # the round just drained put in range(lo, hi)
        if shared:
            problems.append(f"round {st['rounds']}: {len(shared)} elements left after the drain")
        seen = [0] * (hi - lo)
        for w, mine in enumerate(got):
            for x in mine:
                if type(x) is int and lo <= x < hi:
                    seen[x - lo] += 1
                else:
                    problems.append(f"round {st['rounds']}: worker {w} popped an invented value {x!r}")
            per[w] += len(mine)
            mine.clear()
        twice = [x + lo for x in range(hi - lo) if seen[x] > 1]
        never = [x + lo for x in range(hi - lo) if seen[x] == 0]
        if twice:
            problems.append(f"round {st['rounds']}: {len(twice)} ints popped more than once, "
                            f"e.g. {twice[0]} ({seen[twice[0] - lo]} times)")
        if never:
            problems.append(f"round {st['rounds']}: {len(never)} ints never popped, e.g. {never[0]}")
        if seconds > 0:
            if st["end"] is None:
                st["end"] = time.monotonic() + seconds
            size = n * ROUND if time.monotonic() < st["end"] else 0
        else:
            size = min(n * ROUND, n * m - hi)
        shared.extend(range(hi, hi + size))
        st["lo"], st["filled"] = hi, hi + size
        st["rounds"] += size > 0
        st["go"] = size > 0 and not problems

    rounds = threading.Barrier(n, action=between_rounds)

    def body(w):
        rng, mine = Rng(seed, w), got[w]
        while True:
            rounds.wait()
            if not st["go"]:
                return
            while True:
                try:
                    x = shared.pop(0) if rng.below(4) == 0 else shared.pop()
                except IndexError:
                    break
                mine.append(x)

    crashed = run(n, body)
    report(seed, crashed, problems,
           f"{st['filled']} ints in {st['rounds']} rounds popped exactly once by {n} threads "
           f"(per thread {min(per)}..{max(per)})")


main()
