# Checks throw with an exception class and value, throw on a finished generator, and send on finished.
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield 2
gen = g()
next(gen)
print(gen.throw(ValueError))
print(next(gen, "end"))
try:
    gen.throw(IndexError("after end"))
except IndexError as e:
    print("IndexError:", e)
try:
    gen.send(1)
except StopIteration:
    print("StopIteration on send to finished generator")
fresh = g()
try:
    fresh.throw(KeyError("before start"))
except KeyError as e:
    print("KeyError:", e)
