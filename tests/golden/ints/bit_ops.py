# Checks bitwise operators on positive, negative and big ints, shifts and bit_length.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print(1 << 100, (1 << 100) >> 98, -1 >> 5, -16 >> 2, -17 >> 2)
print((2 ** 70 - 1) & 0xFFFF, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70 + 5))
print(~(2 ** 70))
for n in (0, 1, 2, 255, 256, -1, -256, 2 ** 100):
    print(n, n.bit_length())
print((255).bit_count() if hasattr(int, "bit_count") else "no bit_count", (-7).bit_count())
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
