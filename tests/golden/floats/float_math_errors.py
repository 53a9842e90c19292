# Checks math domain and range errors (caught), then an uncaught ValueError from math.sqrt.
import math
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("exp OverflowError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print("factorial", type(e).__name__, e)
try:
    math.isqrt(-4)
except ValueError as e:
    print("isqrt ValueError:", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("sqrt TypeError:", e)
print("last:")
print(math.sqrt(-2))
