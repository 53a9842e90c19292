# Checks int.bit_length, to-string in various ways, and int constructor from other ints/bools.
nums = [0, 7, -7, 2 ** 31, 2 ** 63 - 1, 2 ** 128]
for n in nums:
    print(n.bit_length(), len(str(n)), str(n)[-3:])
print(int(int("12")) + 1, int(bool(5)))
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1), round(5))
print(type(round(5)).__name__, type(round(5.5)).__name__)
print((1234).__index__(), (8).__abs__(), (-8).__neg__(), (8).__invert__())
