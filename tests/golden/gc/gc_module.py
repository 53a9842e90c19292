# The gc module's functions.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
c = gc.get_count()
print(type(c).__name__, len(c), all(isinstance(x, int) for x in c))

class C:
    pass

print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(set()))
print(gc.get_referents([1, "a", None]))
print(gc.get_referents((1, [2])))
print(gc.get_referents({1, 2}))
print(gc.get_referents([1], [2]))
x = []
holder = [x]
print(any(r is holder for r in gc.get_referrers(x)))
print(any(o is holder for o in gc.get_objects()))

try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print(gc.collect(0) >= 0)

events = []
def cb(phase, info):
    events.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events)
print(gc.garbage)

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
