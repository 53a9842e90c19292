# weakref.ref: calling, the shared basic reference, __callback__, hash and equality alive and dead, counts, reprs
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name

    def __eq__(self, other):
        return isinstance(other, Node) and self.name == other.name

    def __hash__(self):
        return hash(self.name) % 1000


a = Node("a")
r = weakref.ref(a)
print(r() is a, r())
print(weakref.ref(a) is r, weakref.ref(a, None) is r)
print(type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(type(r).__name__, type(r).__module__)
print(r.__callback__)


def cb(wr):
    print("cb called, referent:", wr())


r2 = weakref.ref(a, cb)
print(r2 is r, r2.__callback__ is cb, r2 == r, r2 != r)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print([x is r for x in weakref.getweakrefs(a)])

b = Node("a")  # equal to a, different object
rb = weakref.ref(b)
print(rb == r, rb is r, hash(rb) == hash(r), hash(r) == hash(a))
s = {r, rb, r2}
print(len(s))

rep = repr(r)
print(rep.startswith("<weakref at 0x"), "; to 'Node' at 0x" in rep)


def f():
    pass


print(repr(weakref.ref(f)).endswith("(f)>"))
print("to 'function'" in repr(weakref.ref(f)))

h = hash(r)
del a
print("after del a")
print(r(), r2(), r.__callback__, r2.__callback__)
print(repr(r).endswith("; dead>"))
print(hash(r) == h)  # kept from before the death
print(r == r, r == rb, r != rb)
print(weakref.getweakrefcount(b), weakref.getweakrefcount(42), weakref.getweakrefs(42))

c = Node("c")
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
print(rc() is None, rc == rc)
