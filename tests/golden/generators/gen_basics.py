# Checks generator functions: laziness, state between yields, exhaustion, multiple generators.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("before yield", i)
        yield i
        print("after yield", i)
        i += 1
    print("end")
g = count_up(2)
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "still exhausted"))
a, b = count_up(1), count_up(1)
print(next(a), next(b))
print(list(count_up(0)))
