# Checks accumulation of floats in loops and sum() with a float start.
t = 0.0
for i in range(10):
    t += 0.1
print(t, t == 1.0)
print(sum([0.1] * 10), sum([1, 2, 3], 0.5), sum([1e100, 1.0, -1e100]))
acc = 1.0
for i in range(1, 20):
    acc *= 1.1
print(acc)
h = 0.0
for k in range(1, 101):
    h += 1.0 / k
print("H(100) =", h)
print(sum(x * x for x in [0.5, 1.5, 2.5]))
