# Checks str() of floats produced by arithmetic and round trips through str/float.
import math
vals = [1 / 7, 22 / 7, math.pi * 1e10, 1e-10 / 3, 2 ** 0.5, 10 / 4, 1e21, 1e-7 * 3, 5e-324 * 3]
for v in vals:
    s = str(v)
    print(s, float(s) == v, len(s))
print(str(1.0e0), str(100.0), str(1e5), str(1e-3), str(12345678901234567.0))
print(str(0.1 * 0.1), str(1 - 0.9), str(3 * 1.1))
