# Checks math functions with printable float results.
import math
print(math.pi, math.e, math.tau)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 20))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), type(math.floor(2.7)).__name__)
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 6), 12))
print(math.atan2(1, 1), math.atan(1) * 4, math.asin(1), math.acos(1))
print(math.exp(1), math.exp(0), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.log(8, 2), math.log1p(0), math.expm1(0), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.fabs(-3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3, math.copysign(2, -0.0))
print(math.factorial(20), math.factorial(0), math.gcd(48, 180), math.gcd(0, 0), math.lcm(4, 6))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.degrees(math.pi), math.radians(180), math.pow(2, 10), math.dist((0, 0), (3, 4)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
