# Checks PEP 479: StopIteration raised inside a generator becomes RuntimeError (uncaught at the end).
def good():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(good()))
def bad():
    it = iter([1])
    yield next(it)
    yield next(it)
try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def bad2():
    yield 1
    raise StopIteration("explicit")
print(list(bad2()))
