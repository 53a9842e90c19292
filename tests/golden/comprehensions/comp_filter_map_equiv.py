# Checks that comprehensions match map/filter results on the same data.
data = list(range(-5, 6))
print([x * 2 for x in data] == list(map(lambda x: x * 2, data)))
print([x for x in data if x > 0] == list(filter(lambda x: x > 0, data)))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(str, data))[:3], list(map(abs, data)))
