# Checks hex/oct/bin and format() base conversions of positive, negative and big ints.
for n in (0, 1, 10, 255, -255, 2 ** 64, -(2 ** 70)):
    print(n, hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "o"), format(5, "b"))
print(format(255, "08b"), format(-5, "#06x"), format(1234567, ","), format(1234567, "_"))
print(format(2 ** 40, "_x"), format(-42, "+d"), format(42, "+d"), format(42, " d"))
