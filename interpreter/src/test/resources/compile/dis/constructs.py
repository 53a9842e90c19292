def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
x = fib(10)
class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a = A(x)
y = a.get()
try:
    raise ValueError("boom")
except ValueError as e:
    z = e
def gen():
    yield 1
    yield 2
g = gen()
w = next(g) if False else 0
