# Checks AttributeError messages for missing str methods, then an uncaught one.
s = "text"
try:
    s.no_such_method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.length
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "upper"), hasattr(s, "push"))
print(s.upper())
s.append("!")
