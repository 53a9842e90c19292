# Checks keys/values/items views: dynamism, set operations on keys/items, len, reversed.
d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["four"] = 4
print(list(k), list(v), list(it), len(k))
print("two" in k, 2 in v, ("two", 2) in it, ("two", 3) in it)
print(sorted(k & {"one", "five"}), sorted(k | {"zero"}), sorted(k - {"one"}), sorted(k ^ {"one", "ten"}))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(k == {"one", "two", "three", "four"}, type(k).__name__, type(v).__name__, type(it).__name__)
del d["one"]
print(list(k), list(it))
