# Checks range iterators: iter/next, independent iterators, exhaustion, and an uncaught StopIteration at the end.
r = range(3)
it1 = iter(r)
it2 = iter(r)
print(next(it1), next(it1), next(it2), next(it1), next(it1, "done"), next(it2))
print(type(it1).__name__, list(it2), list(it2))
it3 = iter(range(1))
next(it3)
next(it3)
