# WeakSet: elements held weakly, set operations and comparisons, elements vanish when they die, even mid-iteration
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Item(%d)" % self.n


def names(ws):
    return sorted(x.n for x in ws)


items = [Item(i) for i in range(6)]
s = weakref.WeakSet(items[:4])
t = weakref.WeakSet(items[2:])
print(len(s), len(t), items[0] in s, items[5] in s, 3 in s, names(s), names(t))
print(names(s | t), names(s & t), names(s - t), names(s ^ t))
print(names(s.union(items[5:])), names(s.intersection(items[1:3])), names(s.difference([items[0]])))
print(s.isdisjoint(t), s.isdisjoint(weakref.WeakSet([items[5]])), s <= s | t, s < s | t, s >= s, s > s, s == weakref.WeakSet(items[:4]))
print(s.issubset(items), s.issuperset(items[:2]), s == set(items[:4]))

items[0] = None        # Item(0) dies
print(len(s), names(s))
s.add(items[5])
s.discard(items[5])
s.discard(items[5])
s.remove(items[1])
print(names(s))
try:
    s.remove(items[1])
except KeyError:
    print("KeyError on remove")
u = s.copy()
u |= t
u -= weakref.WeakSet([items[2]])
print(names(u), type(u).__name__)
u &= t
print(names(u))
u ^= weakref.WeakSet(items[3:5])
print(names(u))
u.difference_update([items[5]])
u.symmetric_difference_update([items[1]])
u.intersection_update(items[1:3])
print(names(u))
p = u.pop()
print(p, len(u))
try:
    u.pop()
except KeyError as e:
    print("KeyError", e)

# elements dying while iterating
w = weakref.WeakSet(items[2:])
seen = 0
for x in w:
    seen += 1
    if seen == 1:
        items.clear()
del x
print("seen", seen, "len", len(w), list(w))
try:
    w.add(1)
except TypeError as e:
    print("TypeError:", e)
print(1 in w, len(weakref.WeakSet()))
w.update([p])
w.clear()
print(len(w))
