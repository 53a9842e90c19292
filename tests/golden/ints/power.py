# Checks ** on ints: big results, negative exponents give floats, pow with modulus.
print(2 ** 0, 0 ** 0, 1 ** 1000, (-1) ** 1001)
print(2 ** -1, 10 ** -2, (-2) ** -2)
print(7 ** 50)
print(pow(3, 200, 1000007), pow(2, 10), pow(2, -2))
print(pow(3, -1, 7), pow(-3, 3, 5), pow(5, 0, 1))
print(pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(10, 30, 7), pow(-7, 2), (-7) ** 3, 10 ** 0.5)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
