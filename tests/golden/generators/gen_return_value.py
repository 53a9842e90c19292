# Checks return values in generators: StopIteration.value, return in the middle, and return None.
def g1():
    yield 1
    return 42
def g2():
    if True:
        return "early"
    yield "never"
def g3():
    yield 1
for gen in (g1(), g2(), g3()):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as e:
            print(out, repr(e.value))
            break
def wrapper():
    res = yield from g1()
    yield f"inner returned {res}"
print(list(wrapper()))
