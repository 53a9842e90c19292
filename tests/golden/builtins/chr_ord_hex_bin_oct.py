# Checks chr/ord round trips and hex/bin/oct outputs for ints including negatives and big values.
for c in "aZ0 ~é€😀":
    print(repr(c), ord(c), chr(ord(c)) == c, hex(ord(c)))
print(repr(chr(0)), repr(chr(127)), repr(chr(160)), chr(0x263A), len(chr(0)))
print(hex(0), hex(-1), hex(2 ** 64), bin(0), bin(-5), bin(255), oct(8), oct(-8), oct(2 ** 40))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(777), 8))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
