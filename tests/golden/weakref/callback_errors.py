# an exception in a weakref callback is printed as "Exception ignored in" and the other callbacks still run
import weakref


class Obj:
    pass


class Failing:
    """A callback with a repr of its own: "Exception ignored in:" names the callback."""

    def __call__(self, wr):
        print("bad callback runs")
        raise ValueError("callback failed")

    def __repr__(self):
        return "<the failing callback>"


bad = Failing()


def good(wr):
    print("good callback runs")


o = Obj()
r1 = weakref.ref(o, good)
r2 = weakref.ref(o, bad)
r3 = weakref.ref(o, good)
del o
print("the program goes on")

# a callback that is not callable fails only when the referent dies
p = Obj()
r4 = weakref.ref(p, 5)
print(r4.__callback__)
del p
print("after the non-callable callback")

# an exception raised while a referent dies inside a try block is not disturbed
q = Obj()
r5 = weakref.ref(q, bad)
try:
    try:
        raise KeyError("outer")
    finally:
        del q
except KeyError as e:
    print("caught", repr(e))
print("end")
