# Checks isinstance/issubclass with tuples and nested tuples, callable() on many kinds of objects.
class A: pass
class B(A): pass
print(isinstance(B(), (int, A)), isinstance(1, ((str,), (float, int))), isinstance("s", ()), issubclass(B, (str, A)))
def f(): pass
class C:
    def __call__(self): pass
    def m(self): pass
for x in [f, lambda: 0, C, C(), C().m, print, len, int, 5, "s", None, A(), [].append, type]:
    print(callable(x), end=" ")
print()
