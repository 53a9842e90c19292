# Checks big-int division and true division producing floats, and a long decimal string.
n = 123456789 ** 5
print(n)
d = 987654321 ** 2
print(n // d, n % d)
print(n / d)
print(10 ** 30 / 10 ** 10, 1 / 3, 2 ** 1023 / 2 ** 1022)
q = n
digits = []
while q:
    q, r = divmod(q, 10)
    digits.append(r)
print(sum(digits), digits[:5])
try:
    print(2 ** 1100 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(2 ** 1100)
except OverflowError as e:
    print("OverflowError:", e)
print((2 ** 1100) // (2 ** 1099))
