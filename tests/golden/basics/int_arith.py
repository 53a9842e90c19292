# Checks integer arithmetic operators and precedence.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(a ** 2, 2 ** 10, (-2) ** 3, -2 ** 2)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2)
print(10 - 2 - 3, 100 // 10 // 3)
print(+a, -a, --a, -(-a))
print(7 / 7, type(7 / 7).__name__)
print(0 * -1, 0 // 5)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 4; print(x)
x /= 2; print(x)
