# Checks !r/!s/!a conversions in f-strings on user objects with __repr__/__str__.
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
    def __str__(self):
        return f"<P x={self.x}>"
p = P("é")
print(f"{p}", f"{p!r}", f"{p!s}", f"{p!a}", str(p), repr(p), [p], (p,), {"k": p})
print("%s %r" % (p, p), "{} {!r}".format(p, p))
print(f"{p!r:>12}|{p!s:<14}|")
