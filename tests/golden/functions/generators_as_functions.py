# Checks functions returning functions, higher-order functions and function composition pipelines.
def pipeline(*funcs):
    def run(x):
        for fn in funcs:
            x = fn(x)
        return x
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 3, str, lambda s: s + "!")
print(p(1), p(10))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def memoize(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memoize
def slow_sq(n):
    print("computing", n)
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq(5), sorted(slow_sq.cache.items()))
