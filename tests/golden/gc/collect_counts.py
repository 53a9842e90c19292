# gc.collect() returns how many unreachable objects it found, counted as CPython 3.11 counts
# them: an instance whose attributes Python code never reached through __dict__ is one object
# (3.11 keeps the values inline); once __dict__ or vars() has handed the dictionary out, the
# dictionary counts as an object of its own.
import gc

gc.disable()


class Node:
    pass


def pair():
    a, b = Node(), Node()
    a.other, b.other = b, a
    return a, b


pair()
print("two instances in a cycle:", gc.collect())

a, b = pair()
a.__dict__
vars(b)
del a, b
print("the same, both dicts handed out:", gc.collect())

a, b = pair()
a.__dict__["extra"] = 1
del a, b
print("one dict handed out:", gc.collect())

lst = []
lst.append(lst)
del lst
print("a list holding itself:", gc.collect())

d = {}
d["self"] = d
del d
print("a dict holding itself:", gc.collect())


class Slotted:
    __slots__ = ("ref",)


s = Slotted()
s.ref = s
del s
print("a slotted instance holding itself:", gc.collect())

ring = [Node() for _ in range(5)]
for i, n in enumerate(ring):
    n.next = ring[(i + 1) % 5]
del ring, n
print("a ring of five instances:", gc.collect())
print("nothing left:", gc.collect())
