"""bank_transfer: random transfers between 16 accounts held in a list, one Lock per account;
a transfer locks its two accounts in index order and moves money only if the source can pay.
Every 64 transfers a thread audits: it takes all the locks in index order and sums.

Invariant: every audit and the final state see the total conserved and no negative balance;
at the end each account holds exactly its initial balance plus the net of the transfers the
threads logged for it (which also catches lost updates that happen to cancel out in the total).
"""
import threading
from stresskit import Rng, budget, params, report, run

NAME = "bank_transfer"
ACCOUNTS = 16
INITIAL = 1000
AUDIT_EVERY = 64


def main():
    n, m, seed, seconds = params(NAME)
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
        report(NAME, seed, crashed, problems, "")
    audit("main")
    for k in range(ACCOUNTS):
        want = INITIAL + sum(net[k] for net in nets)
        if balances[k] != want:
            problems.append(f"account {k}: balance {balances[k]}, its logged transfers give {want}")
    report(NAME, seed, crashed, problems,
           f"{sum(s[1] for s in stats)} of {sum(s[0] for s in stats)} transfers done by {n} threads, "
           f"{sum(s[2] for s in stats) + 1} audits: total {total} conserved, every balance exact")


main()
