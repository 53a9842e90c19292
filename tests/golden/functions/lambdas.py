# Checks lambdas: defaults, closures, immediate invocation, sorting keys and __name__.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "called")(), (lambda *a, **k: (a, k))(1, x=2))
print(sq.__name__, (lambda: 0).__name__)
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
fns = [lambda x, n=n: x ** n for n in range(4)]
print([fn(2) for fn in fns])
