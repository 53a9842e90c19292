# Checks dict creation forms, access, get, setdefault, update, insertion order and len.
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(dict(x=1, y=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("abc", range(3))), {})
print(d.setdefault("a", 99), d.setdefault("new", []), d)
d.update({"b": 10, "z": 26}); d.update(w=23); d.update([("v", 22)])
print(d)
d["a"] = "overwritten"
print(list(d), d)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0))
