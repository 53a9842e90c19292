# Checks range arithmetic with big ints and negative steps without materialising.
r = range(-10 ** 18, 10 ** 18, 3)
print(len(r), r[0], r[-1], r[len(r) // 2], 0 in r, 1 in r, 2 in r)
r2 = range(10 ** 30, 0, -(10 ** 28))
print(len(r2), r2[1], r2[-1], list(r2[:3]))
print(r2.index(10 ** 29))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2 ** 64)[2 ** 63])
