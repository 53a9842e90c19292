# Checks slicing ranges produces ranges with computed start/stop/step.
r = range(0, 20, 2)
for s in [slice(2, 5), slice(None, None, -1), slice(1, None, 3), slice(-3, None), slice(5, 1, -2), slice(100, 200)]:
    sub = r[s]
    print(s, sub, list(sub))
print(range(10)[::-1], range(10)[::-2][1:3], range(-5, 5)[3:-3])
