# Checks simultaneous assignment semantics: swaps, rotations and evaluation order.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
m, n = 10, 20
m, n = n, m + n
print(m, n)
def fib_pair(k):
    a, b = 0, 1
    for _ in range(k):
        a, b = b, a + b
    return a, b
print(fib_pair(10))
