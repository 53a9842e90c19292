# WeakKeyDictionary: keys held weakly and looked up by equality, entries vanish when keys die, keyrefs, iteration guard
import weakref


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Key(%s)" % self.name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __hash__(self):
        return len(self.name)


keys = [Key("a"), Key("bb"), Key("ccc"), Key("dddd")]
d = weakref.WeakKeyDictionary()
for i, k in enumerate(keys):
    d[k] = i * 10
del k
print(len(d), d[keys[1]], d[Key("ccc")], Key("a") in d, Key("zz") in d, 5 in d, d.get(Key("q"), "dflt"))
print(sorted(d.items(), key=lambda kv: kv[1]))
print(sorted(d.values()), sorted(k.name for k in d.keys()), len(d.keyrefs()))
print(all(type(r) is weakref.ref for r in d.keyrefs()))

keys.pop(0)            # Key("a") dies
print(len(d), Key("a") in d, sorted(k.name for k in d))

d[Key("bb")] = "replaced"      # equal key: the entry keeps its original key object
print(len(d), d[keys[0]], [k for k in d if k.name == "bb"][0] is keys[0])
print(d.pop(keys[0]), len(d), d.pop(Key("none"), "missing"))
print(d.setdefault(keys[1], "other"), d.setdefault(keys[2], "x"))
del d[keys[1]]
print(sorted(d.items(), key=lambda kv: kv[0].name))
try:
    del d[Key("none")]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)

# keys dying while iterating: the entries stay until the iteration ends
d2 = weakref.WeakKeyDictionary({k: k.name for k in keys})
print(len(d2))
count = 0
for k, v in d2.items():
    count += 1
    if count == 1:
        keys.clear()
print("iterated", count, "len now", len(d2))
del k
print("len after", len(d2), list(d2.items()))

e = weakref.WeakKeyDictionary()
x, y = Key("x"), Key("yy")
e.update({x: 1}, )
e.update([(y, 2)])
c = e.copy()
print(sorted(c.values()), type(c).__name__, c == e)
print(repr(e).startswith("<WeakKeyDictionary at 0x"))
k, v = e.popitem()
print(v in (1, 2), len(e))
e.clear()
print(len(e))
try:
    e[1] = 2
except TypeError as err:
    print("TypeError:", err)
print(1 in e)
try:
    e.get(1, "no")
except TypeError as err:
    print("TypeError:", err)
