# Checks list comprehensions with filters, nested loops, conditionals and function calls.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in "hello" if c != "l"])
print([x if x > 2 else None for x in range(5)])
words = ["alpha", "beta", "gamma"]
print([len(w) for w in words], [w[::-1] for w in words], [i for i, w in enumerate(words) if "a" in w[1:]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row if v % 2], [[row[i] for row in matrix] for i in range(3)])
