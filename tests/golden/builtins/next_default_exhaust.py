# Checks next() on exhausted iterators of many kinds, with and without defaults (uncaught at end).
its = [("list", iter([])), ("str", iter("")), ("dict", iter({})), ("range", iter(range(0))), ("genexpr", (x for x in [])),
       ("map", map(str, [])), ("zip", zip()), ("enumerate", enumerate([])), ("reversed", reversed([]))]
for label, it in its:
    print(label, next(it, "<default>"), next(it, "<again>"))
print(next(iter([])))
