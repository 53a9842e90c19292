"""bank_transfer: random transfers between 16 accounts held in a list, one Lock per account;
a transfer locks its two accounts in index order and moves money only if the source can pay.
Every 64 transfers a thread audits: it takes all the locks in index order and sums.

Invariant: every audit and the final state see the total conserved and no negative balance;
at the end each account holds exactly its initial balance plus the net of the transfers the
threads logged for it (which also catches lost updates that happen to cancel out in the total).
"""
import sys
import threading
import time

NAME = "bank_transfer"
ACCOUNTS = 16
INITIAL = 1000
AUDIT_EVERY = 64


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
    balances, locks = [INITIAL] * ACCOUNTS, [threading.Lock() for _ in range(ACCOUNTS)]
    total = INITIAL * ACCOUNTS
    nets, stats, problems = [None] * n, [None] * n, []

    def audit(w):
        for lock in locks:
            lock.acquire()
        try:
            seen, low = sum(balances), min(balances)
        finally:
            for lock in reversed(locks):
                lock.release()
        if seen != total or low < 0:
            problems.append(f"worker {w} audit: total {seen} (expected {total}), lowest balance {low}")

    def body(w):
        rng, more, net, i, moved, audits = Rng(seed, w), budget(m, seconds, problems), [0] * ACCOUNTS, 0, 0, 0
        while more(i):
            a, b, amount = rng.below(ACCOUNTS), rng.below(ACCOUNTS - 1), 1 + rng.below(300)
            if b >= a:
                b += 1
            with locks[min(a, b)]:
                with locks[max(a, b)]:
                    if balances[a] >= amount:
                        balances[a] -= amount
                        balances[b] += amount
                        net[a] -= amount
                        net[b] += amount
                        moved += 1
            i += 1
            if i % AUDIT_EVERY == 0:
                audit(w)
                audits += 1
        nets[w], stats[w] = net, (i, moved, audits)

    crashed = run(n, body)
    if crashed:
        report(seed, crashed, problems, "")
    audit("main")
    for k in range(ACCOUNTS):
        want = INITIAL + sum(net[k] for net in nets)
        if balances[k] != want:
            problems.append(f"account {k}: balance {balances[k]}, its logged transfers give {want}")
    report(seed, crashed, problems,
           f"{sum(s[1] for s in stats)} of {sum(s[0] for s in stats)} transfers done by {n} threads, "
           f"{sum(s[2] for s in stats) + 1} audits: total {total} conserved, every balance exact")


main()
