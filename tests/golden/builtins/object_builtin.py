# Checks object(): no attributes may be set, equality is identity, and its type name.
o = object()
print(type(o).__name__, o == o, o == object(), o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(o, object), hasattr(o, "__class__"), o.__class__ is object)
print(object.__name__, object.__bases__, object.__mro__)
