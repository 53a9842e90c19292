# Checks unpacking error messages (too many, not enough, non-iterable); ends uncaught.
cases = [
    lambda: [a for a, b in [(1, 2, 3)]],
    lambda: [a for a, b, c in [(1, 2)]],
    lambda: [a for a, *b, c in [(1,)]],
    lambda: [a for a, b in [5]],
]
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
x, y, z = [1, 2]
