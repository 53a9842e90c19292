# Checks return of multiple values, early returns, return in loops and implicit None.
def divmod_manual(a, b):
    return a // b, a % b
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1
def nothing(x):
    if x:
        return
print(divmod_manual(17, 5), find([5, 6, 7], 7), find([], 1), nothing(1), nothing(0))
def early(n):
    if n < 0:
        return "negative"
    result = []
    while True:
        result.append(n)
        if n <= 0:
            return result
        n -= 3
print(early(-1), early(10))
