# Checks __call__ making instances callable, callable(), and calling with args/kwargs.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *, add=0):
        self.calls += 1
        return x * self.k + add
m = Multiplier(3)
print(m(5), m(5, add=1), m.calls, callable(m), callable(Multiplier), callable(5))
print(list(map(m, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))
class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, p):
        return Chain(self.parts + (p,))
    def __repr__(self):
        return "/".join(self.parts)
print(Chain()("usr")("local")("bin"))
