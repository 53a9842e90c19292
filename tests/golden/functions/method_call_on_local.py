# Method calls on a local (LOAD_FAST_BORROW, LOAD_METHOD, CALL with a borrowed self): builtin and
# Python methods, an attribute that is not a method, keyword arguments, a method that raises, a
# local rebound in the arguments, and self outliving the call in the callee.
import sys


class Box:
    def __init__(self, v):
        self.v = v
        self.f = lambda x: x * 10   # an instance attribute: LOAD_METHOD finds no method

    def get(self):
        return self.v

    def keep(self):
        return self             # self outlives the call, in the caller's hands

    def boom(self, why):
        raise ValueError(why)

    def __del__(self):
        print("del Box", self.v)


def builtin_methods():
    d = {"a": 1, "b": 2}
    lst = [3, 1, 2]
    s = "a-b-c"
    out = []
    for k in ("a", "b", "z"):
        out.append(d.get(k, 0))
    lst.sort()
    out.append(lst.index(2))
    out.append(s.split("-"))
    out.append(s.replace("-", sep()) if False else s.upper())
    print(out)


def sep():
    return "+"


def python_methods():
    b = Box(1)
    print(b.get(), b.f(4), b.keep().v)
    kept = b.keep()
    del b
    print("kept", kept.v)
    kept = None
    print("after drop")


def keywords():
    d = {}
    d.setdefault("k", [])
    print(sorted({"x": 1}.items()), d)
    lst = [5, 3, 4]
    lst.sort(reverse=True)
    print(lst)
    print("-".join(["a", "b"]), "{x}!".format(x=2))


def raising():
    b = Box(2)
    try:
        b.boom("no " + str(b.v))
    except ValueError as e:
        print("caught", e)
    d = {}
    try:
        d.pop("missing")
    except KeyError as e:
        print("KeyError", e)
    try:
        d.get(1, 2, 3)
    except TypeError as e:
        print("TypeError", e)
    try:
        d.nosuch()
    except AttributeError as e:
        print("AttributeError", e)
    print("b still", b.v)


def rebound_in_arguments():
    d = {"a": 1}
    print(d.get((d := {"a": 2}) and "a"))   # the method's self is the first dict
    print(d)
    lst = [1]
    print(lst.count(lst.append(2) or 2), lst)


def argument_raises():
    b = Box(3)
    try:
        b.boom(1 / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    print("b still", b.v)


builtin_methods()
python_methods()
keywords()
raising()
rebound_in_arguments()
argument_raises()
print("done")
