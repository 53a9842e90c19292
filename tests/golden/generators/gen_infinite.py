# Checks infinite generators consumed partially: primes, fibonacci, cycles, and zip over them.
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def cycle(seq):
    while True:
        for x in seq:
            yield x
p = primes()
print([next(p) for _ in range(15)])
print(list(zip(range(8), fib(), cycle("ab"))))
f = fib()
for v in f:
    if v > 1000:
        print("first fib > 1000:", v)
        break
print(next(f))
