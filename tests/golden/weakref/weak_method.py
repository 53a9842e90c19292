# weakref.WeakMethod: a bound method kept weakly, dead when its object or its function dies; equality and hashing
import weakref


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, other):
        return "%s greets %s" % (self.name, other)

    def bye(self):
        return "bye from " + self.name


g = Greeter("g")
wm = weakref.WeakMethod(g.hello)
print(type(wm).__name__, isinstance(wm, weakref.ref), wm()("you"), wm() == g.hello)
wm2 = weakref.WeakMethod(g.hello)
wb = weakref.WeakMethod(g.bye)
print(wm == wm2, wm != wm2, wm == wb, hash(wm) == hash(wm2), wm is wm2)
print(wm.__callback__ is not None)
d = {wm: 1}
print(d[wm2])

events = []
wcb = weakref.WeakMethod(g.bye, lambda r: events.append(("dead", r is wcb)))
del g
print(wm(), wb(), events, wm == wm2, wm != wm2)

for bad in (len, lambda: 0, 5):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("TypeError:", e)
