# Checks list operators: +, *, in, ==, <, comparison of nested lists, len and truthiness.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, [0] * 5, [] * 3, 2 * [None])
print(2 in a, 9 not in a, [1, 2] in [[1, 2], 3])
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print(len(a), len([]), bool([]), bool([0]))
nested = [[0] * 3] * 3
nested[0][0] = 1
print(nested)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
try:
    a + (4,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
