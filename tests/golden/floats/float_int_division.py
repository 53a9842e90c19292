# Checks true division between big ints that still fits in a float, and its correct rounding.
print(10 ** 20 / 3, (10 ** 20 + 1) / 10 ** 20, 2 ** 100 / 2 ** 99)
print(1 / 10, 3 / 10, 7 / 100, 22 / 7)
print((2 ** 200 + 1) / 2 ** 150, (10 ** 308 * 10) / 10 ** 10)
print(-7 / 2, 7 / -2, -7 / -2, 0 / 5, -0 / 5, 0 / -5)
print(12345678901234567890 / 10, 1 / (2 ** 1074))
