# Checks dict equality (order-insensitive), copy vs alias, and the shallow copy behaviour.
a = {"x": [1], "y": 2}
b = {"y": 2, "x": [1]}
print(a == b, list(a) == list(b), a != {"x": [1]})
c = a.copy()
c["x"].append(2)
c["y"] = 3
print(a, c)
d = dict(a)
print(d == a, d is a)
print({1: "a"} == {1.0: "a"}, {} == dict())
