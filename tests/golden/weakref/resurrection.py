# __del__ runs before the weak references are cleared; an object it resurrects keeps its references, and its second death clears them
import weakref

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.lives = 0

    def __repr__(self):
        return "Phoenix(%s)" % self.name

    def __del__(self):
        self.lives += 1
        r = refs[self.name]
        print("__del__", self.name, "life", self.lives, "ref gives self:", r() is self)
        if self.lives == 1:
            saved.append(self)
            print("resurrected", self.name)


def gone(wr):
    print("callback: referent gone, ref returns", wr())


refs = {}
p = Phoenix("p")
refs["p"] = weakref.ref(p, gone)
del p
print("after first del: alive?", refs["p"]() is not None, refs["p"]())
print("count", weakref.getweakrefcount(saved[0]))
again = saved.pop()
print("popped", again)
del again
print("after second death:", refs["p"]())

# a new reference made during __del__ is cleared with the others
class Maker:
    def __del__(self):
        late.append(weakref.ref(self, lambda wr: print("late callback")))
        print("__del__ made a reference; refs now", weakref.getweakrefcount(self))


late = []
m = Maker()
mr = weakref.ref(m, lambda wr: print("early callback"))
del m
print("late ref dead:", late[0]() is None, "early ref dead:", mr() is None)

# a callback cannot resurrect: it only gets the dead reference
class Plain:
    pass


holder = []
x = Plain()
xr = weakref.ref(x, lambda wr: holder.append(wr()))
del x
print("callback saw", holder)
