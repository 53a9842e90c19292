# Checks rich comparisons: __lt__, > reflected to the other operand's __lt__, sorting with __lt__ only, TypeError messages.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        if VERBOSE:
            print(f"  {self.s} < {other.s}?")
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return self.s
VERBOSE = False  # sort's comparison sequence is an implementation detail: not printed
vs = [Version(s) for s in ["1.10", "1.2", "1.9.1"]]
print(sorted(vs))
VERBOSE = True
print(Version("2.0") > Version("1.0"))
VERBOSE = False
print(max(vs), min(vs))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
print(OnlyLt(1) > OnlyLt(0))
class Anything:
    def __gt__(self, o):
        return "gt-called"
print(5 < Anything(), Anything() > 5)
