# Checks iter() on many types, iter(callable, sentinel), and next() with defaults.
for obj in ["ab", [1, 2], (3,), {"k": 1}, {5}, range(2)]:
    it = iter(obj)
    print(type(obj).__name__, next(it), next(it, "end"), next(it, "end"))
print(type(iter([])).__name__, type(iter(range(0))).__name__, type(iter({})).__name__)
values = [3, 2, 1, 0, 9]
def pop_front():
    return values.pop(0)
print(list(iter(pop_front, 0)), values)
it = iter([1, 2])
print(iter(it) is it, list(it), next(it, "drained"))
