# Checks isinstance/issubclass on builtin hierarchy and user classes, including object and type.
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, object), isinstance(A, type), isinstance(type, object))
print(issubclass(int, object), issubclass(bool, (str, int)), isinstance(3, (float, (str, int))))
print(isinstance(None, object), isinstance([], (list, tuple)), issubclass(type, type))
for exc in [KeyError, IndexError, ZeroDivisionError, UnboundLocalError, ModuleNotFoundError, RecursionError, StopIteration, KeyboardInterrupt]:
    print(exc.__name__, [k.__name__ for k in exc.__mro__])
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
