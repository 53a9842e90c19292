# Checks dict methods via their unbound forms and TypeErrors for wrong arity.
d = {"a": 1}
print(dict.get(d, "a"), dict.__getitem__(d, "a"), dict.__contains__(d, "b"), d.__len__())
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
try:
    d.update(1)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
print(dict(a=1) == {"a": 1})
