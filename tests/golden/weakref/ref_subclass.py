# subclasses of weakref.ref: extra attributes, __slots__, their own __call__ and __init__, never shared as the basic reference
import weakref


class Target:
    pass


class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag="none"):
        super().__init__(ob, callback)
        self.tag = tag


class Slotted(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class Defaulting(weakref.ref):
    def __call__(self, default="dead"):
        obj = super().__call__()
        return default if obj is None else obj


t = Target()
a = Tagged(t, tag="first")
b = Tagged(t)
plain = weakref.ref(t)
print(a is b, a is plain, a == plain, a.tag, b.tag, a() is t, isinstance(a, weakref.ref), type(a).__mro__[1].__name__)
print(a.__dict__, hasattr(b, "__dict__"))
s = Slotted(t, None, "k1")
print(s.key, s() is t, hasattr(s, "__dict__"))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)
dflt = Defaulting(t)
print(dflt() is t, dflt("x") is t)
print(weakref.getweakrefcount(t), [type(r).__name__ for r in weakref.getweakrefs(t)])

calls = []
c = Slotted(t, lambda r: calls.append(r.key), "cb-key")
wa = weakref.ref(a)   # subclass instances can themselves be weakly referenced
del t
print(a(), s(), dflt(), dflt("gone"), calls, wa() is a)
del a
print(wa())
try:
    Slotted(Target(), None)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref.__new__(Target, Target())
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(c, None, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    plain(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.getweakrefcount()
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(weakref.ProxyType):
        pass
except TypeError as e:
    print("TypeError:", e)
