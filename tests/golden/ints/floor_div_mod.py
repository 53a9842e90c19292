# Checks floor division and modulo sign rules for ints, including big ints and divmod.
for a in (7, -7, 0, 13, -13):
    for b in (3, -3, 5):
        print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 25 + 3
print(divmod(big, -7), divmod(-big, 7), divmod(-big, -7))
print((-1) // (2 ** 70), (-1) % (2 ** 70))
print(7 // 1, -7 // 1, 0 % 9)
