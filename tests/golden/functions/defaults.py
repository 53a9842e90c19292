# Checks default argument values: evaluation time, mutable defaults, None sentinel.
counter = 10
def f(a, b=counter, c="c"):
    return a, b, c
counter = 99
print(f(1), f(1, 2), f(1, c="z"), f(a=0))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to.__defaults__)
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
def g(a, b=[], *, c={}):
    return b is g.__defaults__[0], c is g.__kwdefaults__["c"]
print(g(1), f.__defaults__, g.__kwdefaults__)
