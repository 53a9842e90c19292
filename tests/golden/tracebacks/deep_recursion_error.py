# Checks an uncaught IndexError after 300 recursive frames (CPython abbreviates repeated frames).
def walk(items, i):
    if i == 300:
        return items[i]
    return walk(items, i + 1)
print("walking")
walk(list(range(10)), 0)
