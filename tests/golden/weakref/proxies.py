# weakref.proxy: attributes, methods, operators, items, iteration, calls forwarded to the referent; ends with an uncaught ReferenceError
import weakref


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return "Vec%r" % (tuple(self.xs),)

    def __str__(self):
        return "<" + ",".join(str(x) for x in self.xs) + ">"

    def norm1(self):
        return sum(abs(x) for x in self.xs)

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        return Vec(*[a + other for a in self.xs])

    def __radd__(self, other):
        return Vec(*[other + a for a in self.xs])

    def __iadd__(self, other):
        self.xs = [a + other for a in self.xs]
        return self

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __lt__(self, other):
        return self.norm1() < other.norm1()

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __contains__(self, v):
        return v in self.xs

    def __iter__(self):
        return iter(self.xs)

    def __bool__(self):
        return any(self.xs)

    def __index__(self):
        return len(self.xs)

    def __call__(self, k):
        return Vec(*[k * a for a in self.xs])


v = Vec(1, -2, 3)
p = weakref.proxy(v)
print(type(p).__name__, type(p) is weakref.CallableProxyType, callable(p))
print(p, repr(p.xs), p.norm1(), len(p), p[0], p[-1], 2 in p, 7 in p, list(p), bool(p))
print(p + 1, 10 + p, p + p, -p, p(3), p == v, p == Vec(1, -2, 3), p != v, p < Vec(9))
print(isinstance(p, Vec), p.__class__.__name__, [1, 2, 3, 4][p])
p.extra = "set through the proxy"
print(v.extra, getattr(p, "extra"), hasattr(p, "missing"))
del p.extra
print(hasattr(v, "extra"))
p[0] = 100
del p[1]
print(v)
q = p
q += 1
print(q is v, v)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(weakref.proxy(v) is p, weakref.getweakrefcount(v))


class Plain:
    def __init__(self):
        self.n = 5


o = Plain()
po = weakref.proxy(o)
print(type(po).__name__, type(po) is weakref.ProxyType, callable(po), po.n)
try:
    po()
except TypeError as e:
    print("TypeError:", e)
try:
    len(po)
except TypeError as e:
    print("TypeError:", e)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))

del v, q
for what, f in [("attr", lambda: p.xs), ("str", lambda: str(p)), ("len", lambda: len(p)),
                ("call", lambda: p(2)), ("add", lambda: p + 1), ("bool", lambda: bool(p)),
                ("eq", lambda: p == 1), ("setattr", lambda: setattr(p, "a", 1))]:
    try:
        f()
        print(what, "worked?")
    except ReferenceError as e:
        print(what, "ReferenceError:", e)
print(repr(p).startswith("<weakproxy at 0x"), "to NoneType" in repr(p))
del o
po.n
