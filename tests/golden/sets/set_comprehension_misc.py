# Checks set comprehensions, set() from dict and string, equality with frozenset, and copying.
primes = {n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))}
print(sorted(primes), len(primes), primes == frozenset(primes))
evens = set(range(0, 50, 2))
print(sorted(primes & evens), sorted(primes - evens)[:5])
d = {5: "a", 1: "b", 3: "c"}
print(set(d), set(d.values()) == {"a", "b", "c"})
c = primes.copy()
c.clear()
print(c, len(primes), set() == frozenset())
