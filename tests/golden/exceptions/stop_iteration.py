# Checks StopIteration from next(), its value, and next() with a default.
it = iter([1])
print(next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value, e.args)
def g():
    yield 1
    return "result"
gi = g()
next(gi)
try:
    next(gi)
except StopIteration as e:
    print("generator returned:", e.value, e.args)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
