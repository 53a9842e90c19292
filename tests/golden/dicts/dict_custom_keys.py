# Checks dicts with user-defined keys implementing __hash__ and __eq__ (call counting).
class K:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, K) and self.name == other.name
    def __repr__(self):
        return f"K({self.name})"
a, b, c = K("a", 1), K("b", 1), K("a", 1)
d = {a: 1, b: 2}
print(d, d[c], c in d, K("z", 1) in d, len(d))
d[c] = 3
print(d)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
