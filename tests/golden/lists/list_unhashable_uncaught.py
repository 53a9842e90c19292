# Checks that lists are unhashable: caught as a dict key, then uncaught as a set element.
try:
    d = {[1, 2]: "x"}
except TypeError as e:
    print("TypeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
print({(1, 2): "tuple keys are fine"})
s = {1, 2}
s.add([3])
