# Checks decorators: simple wrappers, decorator factories, stacking order, attribute copying.
def shout(f):
    def wrapper(*a, **k):
        return str(f(*a, **k)).upper()
    wrapper.__name__ = f.__name__
    return wrapper
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
def trace(label):
    def deco(f):
        def wrapper(*a):
            print(f"enter {label}")
            r = f(*a)
            print(f"exit {label}")
            return r
        return wrapper
    return deco
@shout
def greet(name):
    return f"hello {name}"
@repeat(3)
def one():
    return 1
@trace("outer")
@trace("inner")
def work(x):
    print("working", x)
    return x * 2
print(greet("bob"), greet.__name__, one())
print(work(21))
calls = []
def register(f):
    calls.append(f.__name__)
    return f
@register
def a(): pass
@register
def b(): pass
print(calls, a is not None)
