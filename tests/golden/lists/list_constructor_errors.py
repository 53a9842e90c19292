# Checks list() constructor errors and iteration over non-iterables (uncaught at end).
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    list(None)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 3.5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
print(list([1, 2]), list("ok"))
print(len(5))
