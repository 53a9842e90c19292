# Checks arbitrary-precision integer arithmetic: products, powers, negatives, comparisons.
a = 2 ** 100
print(a)
print(a * a)
print(a - 1, -a)
b = 3 ** 80
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(b // a, b % a)
print(a > b, a == 2 ** 100, a != a + 1)
print(10 ** 40 // 10 ** 20, (10 ** 40 + 1) % 10 ** 20)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(2 ** 64 - 1, -(2 ** 63))
print(abs(-(10 ** 30)))
