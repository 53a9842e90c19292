# Checks generator.throw (handled and unhandled), close() and GeneratorExit with finally.
def worker():
    try:
        while True:
            try:
                x = yield "ready"
                print("got", x)
            except ValueError as e:
                print("handled inside:", e)
                yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad value")))
print(next(w))
w.close()
print("closed; next gives:", next(w, "nothing"))
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("boom"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(u, "dead"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def quiet():
    yield 1
q = quiet()
q.close()
print(next(q, "closed before start"))
