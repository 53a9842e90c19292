# Checks float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag.
for v in [1.0, 1.5, -2.0, 0.1, 1e300, 0.0]:
    print(v, v.is_integer(), v.as_integer_ratio())
print((0.5).hex(), (1.0).hex(), (-0.1).hex(), (0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.__name__, (1.5).__class__ is float)
print((3.7).__trunc__(), (3.7).__floor__(), (3.2).__ceil__(), (-3.7).__trunc__())
print((7.0).__mod__(3), (7.0).__rtruediv__(14))
