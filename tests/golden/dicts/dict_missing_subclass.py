# Checks a dict subclass with __missing__ and a default-factory-like behaviour.
class Counter(dict):
    def __missing__(self, key):
        return 0
class AutoList(dict):
    def __missing__(self, key):
        v = self[key] = []
        return v
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, c["z"], "z" in c, type(c).__name__, isinstance(c, dict))
g = AutoList()
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    g[w[0]].append(w)
print(g)
print(c.get("q"), dict(c))
