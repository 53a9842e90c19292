# Checks __iadd__ and friends: in-place mutation vs fallback to __add__, and identity preservation.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __add__(self, o):
        print("__add__")
        return Bag(self.items + o.items)
    def __iadd__(self, o):
        print("__iadd__")
        self.items.extend(o.items)
        return self
    def __repr__(self):
        return f"Bag({self.items})"
class Frozen:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("Frozen.__add__")
        return Frozen(self.v + o)
    def __repr__(self):
        return f"Frozen({self.v})"
b = Bag([1])
alias = b
b += Bag([2])
print(b, alias, b is alias)
f = Frozen(1)
g = f
f += 5
print(f, g, f is g)
class Weird:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
w = Weird()
w += 1
print(w)
