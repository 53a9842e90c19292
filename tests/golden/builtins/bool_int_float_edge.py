# Checks bool(), int() and float() edge cases on strings and objects (no errors expected).
print(bool(0.0), bool(-0.0), bool(float("nan")), bool(" "), bool(()), bool((0,)), bool(range(0)))
print(int("-0"), int("+0"), int("0_0"), int("0b0", 0), int("10", 0), float("-0"), float("1e-400"), float("1e400"))
print(int(-0.9), int(0.9), int(1e18), float(True) + float(False))
