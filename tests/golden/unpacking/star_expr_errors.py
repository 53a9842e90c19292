# Checks an uncaught TypeError from unpacking a non-iterable in a starred assignment.
a, *b = "ok"
print(a, b)
values = [3, None, 7]
for v in values:
    first, *rest = v
    print(first, rest)
