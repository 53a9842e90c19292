"""list_pop_drain: N threads drain one shared list with pop() and pop(0) until IndexError.

The list is filled with distinct ints in rounds of up to N*100 (N*M in all; with --seconds,
rounds go on until the time is up); the action of a barrier refills it between rounds.
Invariant (checked by that action, for the round just drained): every int put in was popped
exactly once across all threads (no loss, no duplicate, no invented value), and the list is
empty.
"""
import threading
import time
from stresskit import Rng, budget, params, report, run

NAME = "list_pop_drain"
ROUND = 100  # elements per thread per round


def main():
    n, m, seed, seconds = params(NAME)
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
    report(NAME, seed, crashed, problems,
           f"{st['filled']} ints in {st['rounds']} rounds popped exactly once by {n} threads "
           f"(per thread {min(per)}..{max(per)})")


main()
