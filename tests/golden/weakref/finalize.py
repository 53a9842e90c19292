# weakref.finalize: runs once when the object dies or when called, alive/peek/detach/atexit, and the live ones at exit (newest first)
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Res(%s)" % self.name


def report(*args, **kwargs):
    print("finalizer:", args, sorted(kwargs.items()))
    return "result"


a = Res("a")
fa = weakref.finalize(a, report, "a", 1, key="k")
print(fa.alive, fa.atexit, fa.peek()[0], fa.peek()[1] is report, fa.peek()[2:])
del a
print("after del a:", fa.alive, fa.peek(), fa())

b = Res("b")
fb = weakref.finalize(b, report, "b")
print(fb(), fb.alive, fb(), fb.detach())
del b
print("b gone, nothing more")

c = Res("c")
fc = weakref.finalize(c, report, "c")
obj, func, args, kwargs = fc.detach()
print(obj, func is report, args, kwargs, fc.alive, fc.detach())
del obj, c
print("c gone without its finalizer")

# the finalizer object itself need not be kept
d = Res("d")
weakref.finalize(d, report, "d (unnamed finalizer)")
del d

# repr and a finalizer whose function raises
e = Res("e")
fe = weakref.finalize(e, report, "e")
print(repr(fe).startswith("<finalize object at 0x"), "for 'Res' at 0x" in repr(fe))
fe()
print(repr(fe).endswith("; dead>"))

# alive at exit: run newest first, unless atexit is false
keep = [Res("x1"), Res("x2"), Res("x3")]
for r in keep:
    weakref.finalize(r, report, "at exit", r.name)
quiet = Res("quiet")
fq = weakref.finalize(quiet, report, "never printed")
fq.atexit = False
print(fq.atexit, fq.alive)
print("end of main")
