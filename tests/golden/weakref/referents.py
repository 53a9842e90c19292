# which objects can be weakly referenced: instances, classes, functions, methods, sets, generators, modules; not ints, strs, tuples, lists, dicts, None; __slots__ with and without __weakref__
import weakref
import sys


def gen():
    yield 1


class C:
    def m(self):
        pass


class Slots:
    __slots__ = ("a",)


class SlotsWeak:
    __slots__ = ("a", "__weakref__")


class SlotsChild(Slots):
    pass


class SlotsOnlyChild(Slots):
    __slots__ = ("b",)


class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


class I(int):
    pass


class S(str):
    pass


class F(float):
    pass


class Fs(frozenset):
    pass


class E(Exception):
    pass


cases = [("int", 1), ("str", "s"), ("tuple", (1,)), ("list", [1]), ("dict", {}), ("None", None),
         ("float", 1.5), ("bytes", b"x"), ("bool", True), ("range", range(2)), ("object", object()),
         ("set", set()), ("frozenset", frozenset()), ("generator", gen()), ("instance", C()),
         ("class", C), ("function", gen), ("bound method", C().m), ("builtin", len), ("module", sys),
         ("type", int), ("Exception()", Exception()), ("E()", E()), ("L()", L()), ("D()", D()),
         ("T()", T()), ("I()", I()), ("S()", S()), ("F()", F()), ("Fs()", Fs()), ("Slots()", Slots()),
         ("SlotsWeak()", SlotsWeak()), ("SlotsChild()", SlotsChild()), ("SlotsOnlyChild()", SlotsOnlyChild()),
         ("ref", weakref.ref(C)), ("iterator", iter([])), ("slice", slice(1))]
for name, obj in cases:
    try:
        r = weakref.ref(obj)
        print("%-16s ok %s" % (name, r() is obj))
    except TypeError as e:
        print("%-16s %s" % (name, e))
    try:
        weakref.proxy(obj)
    except TypeError as e:
        print("%-16s proxy: %s" % (name, e))

# references to objects that die with their container
box = [C(), C()]
refs = [weakref.ref(x) for x in box]
print([r() is None for r in refs])
box.pop()
print([r() is None for r in refs])
del box
print([r() is None for r in refs])
d = {"k": E("boom")}
rd = weakref.ref(d["k"])
d.clear()
print(rd())
g = gen()
rg = weakref.ref(g)
print(next(g), rg() is g)
del g
print(rg())
s = {Fs([1])}
rs = weakref.ref(next(iter(s)))
print(rs())
s.clear()
print(rs())
