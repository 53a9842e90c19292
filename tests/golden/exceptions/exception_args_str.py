# Checks str()/repr()/args of builtin exceptions with 0, 1 and several arguments.
for cls in [Exception, ValueError, KeyError, IndexError, OSError, StopIteration, SystemExit, AttributeError, NameError]:
    for args in [(), ("one",), ("a", 2)]:
        e = cls(*args)
        print(cls.__name__, repr(str(e)), repr(e), e.args)
print(str(KeyError("k")), str(KeyError(1)), str(KeyError()), str(KeyError("")))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit("m").code)
n = NameError("nm", name="zz")
print(n.name, repr(n))
