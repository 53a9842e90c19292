# Reference cycles through every kind of container are found and freed by gc.collect().
import gc

freed = []

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        freed.append(self.name)

def report(label):
    n = gc.collect()
    print(label, "found some:", n > 0, "freed:", sorted(freed))
    freed.clear()

gc.disable()

a = Node("self"); a.me = a; del a
report("instance to itself")

a, b = Node("a"), Node("b"); a.other = b; b.other = a; del a, b
report("two instances")

l = [Node("in-list")]; l.append(l); del l
report("list holding itself")

d = {"n": Node("in-dict")}; d["d"] = d; del d
report("dict holding itself")

n = Node("via-tuple"); n.t = (1, n, "x"); del n
report("tuple")

n = Node("via-set"); n.s = {n}; del n
report("set")

n = Node("via-method"); n.m = n.__del__; del n
report("bound method")

e = ValueError("boom"); e.node = Node("via-exception"); e.node.e = e; del e
report("exception")

class L(list):
    pass
x = L(); x.append(Node("list-subclass")); x.me = x; del x
report("list subclass")

class D(dict):
    pass
x = D(); x["n"] = Node("dict-subclass"); x.me = x; del x
report("dict subclass")

ring = [Node("ring%d" % i) for i in range(5)]
for i in range(5):
    ring[i].next = ring[(i + 1) % 5]
del ring
report("ring of five")

keep = Node("kept")
keep.me = keep
print("reachable cycle survives:", gc.collect() == 0 or "kept" not in freed, freed)
print(keep.me.name)
