# Checks list indexing, negative indices, item assignment and IndexError messages (uncaught at end).
a = ["a", "b", "c", "d"]
print(a[0], a[-1], a[-4], a[3])
a[1] = "B"; a[-1] = "D"
print(a)
try:
    a[4]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    a["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
print(a[True], a[False])
i = 10
print(a[i])
