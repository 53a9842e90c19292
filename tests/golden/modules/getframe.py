# Checks sys._getframe(): f_code.co_name, f_lineno, f_back chain and depth argument.
import sys
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno
def caller_name():
    return sys._getframe(1).f_code.co_name
def outer():
    return inner()
def inner():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
print(where())
def some_function():
    return caller_name()
print(some_function(), caller_name())
print(outer())
f = sys._getframe()
print(f.f_code.co_name, f.f_lineno, f.f_back)
def line_numbers():
    a = sys._getframe().f_lineno
    b = sys._getframe().f_lineno
    return a, b
print(line_numbers())
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)
print(type(f).__name__, type(f.f_code).__name__, f.f_globals is globals())
