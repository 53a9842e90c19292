# Checks str/repr of ints and bools, and int methods such as to_bytes-free conversions.
print(str(0), repr(-0), str(-123), repr(10 ** 20))
print(str(True), repr(False), True + 0, False * 5)
print(int.__name__, (5).__class__.__name__)
print((17).real, (17).imag, (17).numerator, (17).denominator)
print((-5).conjugate(), abs(-5), (6).as_integer_ratio())
print((10).__add__(5), (10).__radd__(5), (10).__sub__(3), (10).__rsub__(3))
print(int.__add__(2, 3), (3).__mul__(4))
print((5).__truediv__(2), (5).__floordiv__(2))
