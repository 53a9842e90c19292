# Checks that dicts keep insertion order through updates, deletions and re-insertions.
d = {}
for k in ["z", "y", "x", "w"]:
    d[k] = len(d)
print(d)
d["y"] = 100
print(d)
del d["z"]
d["z"] = -1
print(d, list(d.keys())[0])
d2 = {"x": 0, "w": 0, "y": 0, "z": 0}
print(d == d2, list(d) == list(d2))
merged = {**d, "a": 1, **{"x": "X"}}
print(merged)
print(d | {"new": 1}, {"w": 9} | d)
d |= {"x": "ior"}
print(d)
