# WeakValueDictionary: mapping methods, entries vanish when values die, removals wait while iterating
import weakref


class Val:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Val(%d)" % self.n


vals = [Val(i) for i in range(6)]
d = weakref.WeakValueDictionary()
for i, v in enumerate(vals):
    d["k%d" % i] = v
print(len(d), sorted(d.keys()), "k2" in d, "zz" in d, d["k3"], d.get("k4"), d.get("zz", "dflt"))
print(sorted(d.items(), key=lambda kv: kv[0])[:2])
print(sorted(v.n for v in d.values()))
print(type(d.valuerefs()[0]).__name__, d.valuerefs()[0].key, sorted(r.key for r in d.itervaluerefs()))

del vals[0]          # Val(0) dies: its entry goes
print(len(d), "k0" in d, sorted(d))
try:
    d["k0"]
except KeyError as e:
    print("KeyError", e)

print(d.pop("k1"), len(d), d.pop("k1", "gone"))
try:
    d.pop("k1")
except KeyError as e:
    print("KeyError", e)
x = Val(99)
print(d.setdefault("k9", x) is x, d.setdefault("k9", Val(0)) is x, d["k9"])
del d["k9"]
print("k9" in d)

# iterating while values die: removals wait until the iteration ends
seen = []
for k in d:
    seen.append(k)
    if k == "k2":
        del vals[:]   # every value dies now
print(sorted(seen), len(d), list(d.items()))

# a value stored again under a dead key's name is not removed by the old callback
a, b = Val(1), Val(2)
d["same"] = a
it = iter(d.items())
print(next(it))
del a
d["same"] = b
del it
print(len(d), d["same"])

# update, copy, popitem, constructor forms
e = weakref.WeakValueDictionary({"x": b}, y=x)
print(sorted(e), e.copy()["y"], len(e.copy()))
e.update([("z", b)])
print(sorted(e))
k, v = e.popitem()
print(k in ("x", "y", "z"), len(e))
print(isinstance(repr(e), str) and repr(e).startswith("<WeakValueDictionary at 0x"))
f = e | {"w": x}
print(type(f).__name__, sorted(f))
e.clear()
print(len(e), e.get("x"))
try:
    d["nokey"]
except KeyError as err:
    print("KeyError", err)
try:
    weakref.WeakValueDictionary({1: 1})
except TypeError as err:
    print("TypeError:", err)
