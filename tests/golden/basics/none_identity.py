# Checks None semantics: default return, identity, repr and comparisons.
def f():
    pass
def g():
    return
r = f()
print(r, g(), r is None, type(r).__name__)
print(repr(None), str(None))
print([None, None].count(None))
print(None if 0 else "else-branch")
x = None
print(x is None, x is not None, x == None)
