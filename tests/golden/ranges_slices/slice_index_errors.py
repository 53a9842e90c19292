# Checks slice index type errors (caught) and an uncaught TypeError from a float slice bound.
a = [1, 2, 3]
print(a[None:2], a[True:], a[1:None])
try:
    a["1":]
except TypeError as e:
    print("TypeError:", e)
print(a[::2])
print(a[0.5:2])
