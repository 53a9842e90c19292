# weakref callbacks on refcount death: __del__ first, then callbacks newest first, each with its dead reference once
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


class Finalized(Obj):
    def __del__(self):
        alive = []
        for r in refs:
            if type(r) is weakref.ref:
                alive.append(r() is self)
        print("__del__", self.name, "refs alive:", alive)


def make_cb(tag):
    def cb(wr):
        if type(wr) is weakref.ref:
            print("callback", tag, "ref dead:", wr() is None, "callback attr:", wr.__callback__)
        else:
            print("callback", tag, "proxy:", type(wr).__name__)
    return cb


refs = []
x = Finalized("x")
refs.append(weakref.ref(x, make_cb(1)))
refs.append(weakref.ref(x, make_cb(2)))
refs.append(weakref.ref(x))            # the basic reference: first in the list
refs.append(weakref.ref(x, make_cb(3)))
refs.append(weakref.proxy(x, make_cb("proxy")))
refs.append(weakref.proxy(x))          # the basic proxy: after the basic reference
print([type(r).__name__ for r in weakref.getweakrefs(x)])
print("dropping x")
del x
print("dropped")

# a reference that dies before its referent never calls back
y = Obj("y")
r1 = weakref.ref(y, make_cb("never"))
r2 = weakref.ref(y, make_cb("kept"))
del r1
del y
print("--")

# a callback can make new references and drop others
z = Obj("z")
keep = []


def chain(wr):
    print("chain: dead", wr() is None)
    w = Obj("w")
    keep.append(weakref.ref(w, make_cb("w")))
    print("chain: made w")


rz = weakref.ref(z, chain)
del z
print("kept", len(keep), keep[0]() is None)

# the same callback on many objects, dying in a chain of references
class Link:
    def __init__(self, n, nxt):
        self.n = n
        self.nxt = nxt


order = []
head = None
wrs = []
for i in range(5):
    head = Link(i, head)
    wrs.append(weakref.ref(head, lambda wr, i=i: order.append(i)))
del head
print("chain order", order)
print(all(w() is None for w in wrs))
