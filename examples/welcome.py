# A tour of what Skein runs: classes, generators, closures, exceptions, comprehensions.
# Run it with ./skein run examples/welcome.py, compare with python3 examples/welcome.py,
# and look inside with ./skein dis examples/welcome.py or ./skein trace examples/welcome.py --function primes.
import sys


def primes(limit):
    """Yields the primes below limit (a sieve that grows as it goes)."""
    found = []
    for n in range(2, limit):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner} cannot withdraw {amount}: balance is {self.balance}")
        self.balance -= amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def counter():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("primes below 50:", list(primes(50)))
acct = Account("ada", 100)
try:
    acct.withdraw(30)
    acct.withdraw(500)
except ValueError as e:
    print("refused:", e)
print(acct)
bump = counter()
print("counter:", [bump() for _ in range(3)], bump(10))
squares = {n: n * n for n in range(6) if n % 2 == 0}
print("squares:", squares, "sum:", sum(squares.values()))
sys.setrecursionlimit(20000)
print("recursion 10,000 deep:", depth(10000), "(Python frames are heap objects: no Java stack used)")
print(f"{2 ** 100:,} is 2**100; {7 / 3:.5f} is 7/3")
