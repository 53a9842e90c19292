# Checks *args and **kwargs collection, ordering of kwargs and forwarding.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1, b=2), f(1, z=26, a=1))
def g(first, *rest, sep=" ", **opts):
    return first + sep + sep.join(rest) + (" " + str(opts) if opts else "")
print(g("a"), g("a", "b", "c"), g("a", "b", sep="-"), g("x", "y", end="!", k=1))
def wrapper(*a, **k):
    return f(*a, **k)
print(wrapper(3, 4, key="v"))
def count_args(*args):
    return len(args), type(args).__name__
print(count_args(), count_args(*range(10)), count_args([1, 2]))
