# Checks comprehensions over larger ranges and a sieve written with comprehensions.
N = 2000
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
for i in range(2, int(N ** 0.5) + 1):
    if sieve[i]:
        sieve[i * i::i] = [False] * len(range(i * i, N + 1, i))
primes = [i for i, p in enumerate(sieve) if p]
print(len(primes), primes[:10], primes[-5:], sum(primes))
twins = [(p, p + 2) for p in primes if p + 2 <= N and sieve[p + 2]]
print(len(twins), twins[:5])
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
