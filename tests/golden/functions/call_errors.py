# Checks CPython's exact TypeError messages for bad calls (caught); ends with an uncaught one.
def f(a, b):
    return a + b
def g(x, *, y):
    return x
five = 5
text = "s"
class K:
    def m(self, v):
        return v
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=1),
    lambda: g(1, 2),
    lambda: g(1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: (lambda: 0)(1),
    lambda: five(),
    lambda: text(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(),
    lambda: int("1", "2", "3"),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
f(1)
