# weakref.finalize whose function raises: "Exception ignored" on death, a printed traceback at exit (the exit goes on)
import weakref


class Res:
    pass


def fail(what):
    print("failing:", what)
    raise ValueError("finalizer failed: " + what)


def ok(what):
    print("ok:", what)


class named_finalize(weakref.finalize):
    """A finalize with a repr of its own: "Exception ignored in:" names it."""
    __slots__ = ()

    def __repr__(self):
        return "<named finalize>"


r = Res()
named_finalize(r, fail, "on death")
del r
print("after the failing death")

f = weakref.finalize(Res, ok, "class still alive at exit")
x1, x2, x3 = Res(), Res(), Res()
weakref.finalize(x1, ok, "first")
weakref.finalize(x2, fail, "second, at exit")
weakref.finalize(x3, ok, "third")
print("end of main")
