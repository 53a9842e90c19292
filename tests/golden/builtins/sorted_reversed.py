# Checks sorted with key/reverse (stability preserved under reverse), reversed on sequences and errors.
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted({3: "x", 1: "y"}), sorted([]), sorted((2, 1)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
