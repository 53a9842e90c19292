# Checks getattr/setattr/hasattr/delattr with defaults and errors, and dynamic attribute names.
class Obj:
    cls_attr = "class level"
o = Obj()
setattr(o, "dynamic", 5)
print(getattr(o, "dynamic"), getattr(o, "cls_attr"), getattr(o, "nope", "fallback"), hasattr(o, "dynamic"))
for name in ["a", "b", "c"]:
    setattr(o, name, name.upper())
print(sorted(k for k in vars(o)), [getattr(o, n) for n in "abc"])
delattr(o, "a")
print(hasattr(o, "a"), hasattr(Obj, "cls_attr"), hasattr(o, "cls_attr"))
try:
    getattr(o, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr([], "append").__name__, getattr("s", "upper")())
