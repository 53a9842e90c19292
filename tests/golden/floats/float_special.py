# Checks inf and nan: creation, arithmetic, comparisons, repr and math predicates.
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), float("-inf"), float("Infinity"), float("NaN"), float(" -nan "))
print(inf + 1, inf * -1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.isfinite(nan))
print(math.inf == inf, math.nan != math.nan, -math.inf)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(max(1.0, inf), min(-inf, 0), sorted([3.0, inf, -inf, 0.0]))
x = [nan]
print(nan in x, x == x, x.count(nan))
print(int(1e300) == 10 ** 300, abs(-inf), -(-0.0))
