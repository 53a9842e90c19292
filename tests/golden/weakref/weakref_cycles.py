# Weak references to cyclic garbage: cleared by the collector, callbacks before the finalizers, WeakValueDictionary entries gone.
import gc, weakref
class N:
    def __del__(self): print("del", self.name)
def cb(r): print("callback", r() is None)
a = N(); a.name = "a"; b = N(); b.name = "b"; a.b = b; b.a = a
ra = weakref.ref(a, cb)
wv = weakref.WeakValueDictionary(); wv["b"] = b
del a, b
gc.disable()
print("alive", ra() is not None, len(wv))
print(gc.collect() >= 2)
print("after", ra(), len(wv))
