# Checks bound/unbound methods, storing functions on instances, methods compared for equality.
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
c1, c2 = C(1), C(2)
g1 = c1.get
print(g1(), C.get(c2), g1 == c1.get, g1 == c2.get, g1.__func__ is C.get)
c1.get = lambda: "instance attr wins"
print(c1.get(), c2.get())
def external(self):
    return self.v * 100
C.ext = external
print(c2.ext(), c1.ext())
fns = [c.get for c in (c2, C(3))]
print([f() for f in fns])
print(type(C.get).__name__, type(c2.get).__name__)
