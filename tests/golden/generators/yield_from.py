# Checks yield from: delegation, return value of subgenerator, send/throw passthrough.
def sub(n):
    for i in range(n):
        got = yield i
        if got:
            print("sub got", got)
    return f"sub({n}) done"
def outer():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(1)
    print("r2 =", r2)
    yield from "ab"
    yield from [10, 20]
    return "outer done"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def catcher():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "caught in sub"
def delegator():
    yield from catcher()
d = delegator()
print(next(d), d.throw(KeyError()))
