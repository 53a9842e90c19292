# Checks starred assignment targets in various positions and lengths.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *_, last = (10, 20, 30, 40, 50)
print(first, last, _)
*rest, = [1, 2]
print(rest)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
head, *tail = "h"
print(head, tail)
