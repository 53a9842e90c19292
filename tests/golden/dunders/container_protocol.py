# Checks __len__, __getitem__/__setitem__/__delitem__ with ints and slices, __contains__, __bool__ via len.
class Sparse:
    def __init__(self, n):
        self.n = n
        self.data = {}
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Sparse index out of range")
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        self.data[i] = v
    def __delitem__(self, i):
        print("delitem", i)
        self.data.pop(i, None)
    def __contains__(self, v):
        print("contains", v)
        return v in self.data.values()
s = Sparse(5)
s[1] = 10
s[3] = 30
print(len(s), s[1], s[-2], s[0], s[::2], s[1:4], 30 in s, 99 not in s, bool(s), bool(Sparse(0)))
del s[1]
print(list(s), [x for x in s])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100
print(list(Seq()), 200 in Seq(), 5 in Seq())
