# Checks the walrus operator in while loops, comprehensions and conditions.
data = [4, 8, 15, 16, 23, 42]
it = iter(data)
while (x := next(it, None)) is not None:
    if x > 15:
        print("first above 15:", x)
        break
print(x)
print([y for v in data if (y := v * 2) > 30], y)
if (n := len(data)) > 5:
    print("long list", n)
total = 0
vals = [(t := t2) for t2 in range(3)] if False else [total := total + v for v in range(5)]
print(vals, total)
def f():
    [z := i for i in range(3)]
    return z
print(f())
print((w := 10) + w)
