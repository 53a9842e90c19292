# Checks float formatting with f/e/g/%/general specs, widths, signs and precision.
vals = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-7, 1e16, 0.000123456, 2.5, 1e100, float("inf"), float("nan")]
for v in vals:
    print(f"{v:f}|{v:.2f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:10.3f}|{v:<10.1f}|{v:+.1f}|{v:%}" if v == v and abs(v) != float("inf") else f"{v:f}|{v:e}|{v:g}|{v:+}")
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(format(1.0, ""), format(1e16, ""), format(1.0, "g"), format(1e16, "g"), format(123456789.0, "g"))
print(format(0.1, ".20f"), format(0.1, ".17g"), format(2 / 3, ".15g"))
print(format(-0.0, "f"), format(-0.0, "g"), format(1e-5, "g"), format(1e-4, "g"), format(123.0, "#g"))
print(format(12.5, "08.2f"), format(-12.5, "08.2f"), format(12.5, "^12.3f"), format(12.5, "*>12"))
print(format(0.25, ".1%"), format(1 / 3, ".4%"), format(5.0, ".3"), format(5.125, ".3"))
