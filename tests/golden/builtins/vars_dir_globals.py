# Checks vars() of instances/classes, dir() filtered to non-dunder names, globals() and locals().
class P:
    kind = "point"
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm(self):
        return abs(self.x) + abs(self.y)
p = P(1, -2)
print(vars(p), p.__dict__ is vars(p))
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(P) if not n.startswith("__")])
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
print("P" in g, "f" in g, g["__name__"], "undefined_thing" in g)
g["injected"] = "via globals()"
print(injected)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(P) if not k.startswith("__")))
