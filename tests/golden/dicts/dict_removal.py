# Checks pop, popitem (LIFO), del, clear, and KeyError messages including uncaught one.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.popitem(), d.popitem(), d)
del d["a"]
print(d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
d.clear()
print(d)
e = {(1, 2): "t", 3: "i", "s": "s"}
print(e[(1, 2)], e[3])
print(e["missing key"])
