# Checks deep nesting of generators with yield from (depth 400) and deep generator chains of wrappers.
import sys
sys.setrecursionlimit(10000)
def nested(depth):
    if depth == 0:
        yield "leaf-1"
        yield "leaf-2"
        return "bottom"
    r = yield from nested(depth - 1)
    return r
g = nested(400)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def wrap(src):
    for x in src:
        yield x + 1
src = iter(range(5))
for _ in range(300):
    src = wrap(src)
print(list(src))
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
print(sum(countdown(900)))
