# Checks more math functions with exact or stable results: integer functions, trunc/floor on big values.
import math
print(math.floor(1e20), math.ceil(-1e20), math.trunc(2.9), math.floor(-0.5), math.ceil(0.5))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(12, 18, 30), math.gcd(), math.gcd(-12, 18))
print(math.comb(100, 50), math.perm(10), math.factorial(25))
print(math.isqrt(2 ** 200), math.isqrt(99), math.sqrt(2 ** 200))
print(math.prod(range(1, 11)), math.prod([]), math.fsum([1e100, 1, -1e100, 1e-100]))
print(math.copysign(3, -0.0), math.fabs(-2), math.remainder(10, 3), math.remainder(11, 3))
print(math.inf > 1e308, math.isnan(math.nan), round(math.exp(2), 10))
print(math.cos(math.pi), math.sin(math.pi / 2), math.tan(math.pi / 4), math.cosh(0), math.sinh(0), math.tanh(0))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.erf(0), math.gamma(5), math.lgamma(1))
