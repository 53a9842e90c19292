# Checks del on names, list items, slices, dict keys and attributes.
a = [0, 1, 2, 3, 4, 5]
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
class C:
    pass
c = C()
c.attr = 5
print(hasattr(c, "attr"))
del c.attr
print(hasattr(c, "attr"))
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
lst = [1, 2, 3]
del lst[:]
print(lst)
