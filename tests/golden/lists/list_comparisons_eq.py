# Checks list == calling element __eq__, identity shortcut, and count/in with custom objects.
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, E) and self.v == other.v
a = [E(1), E(2)]
b = [E(1), E(3)]
print(a == b)
print(E(2) in a)
print(a.count(a[0]))
nan = float("nan")
print([nan] == [nan], nan in [nan], [nan].index(nan))
