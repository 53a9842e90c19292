# Checks __repr__/__str__ defaults avoided: custom reprs in containers, class repr and type repr.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
print(V(1, 2), [V(), V("a")], {"k": V(0.5)})
print(repr(V), str(int), repr(type), V.__name__, repr(object))
class W(V):
    def __str__(self):
        return "W-str"
w = W(3)
print(w, repr(w), str(w), [w], f"{w}", f"{w!r}")
