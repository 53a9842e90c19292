# Checks format specs: fill/align, sign, #, 0, width, grouping, precision and types.
n = 1234567
print(f"{n:d}|{n:,d}|{n:_d}|{n:12,}|{n:<12}|{n:^12}|{n:>12}|{n:*^12}|{n:+}|{-n: }|{n:=+12}")
print(f"{255:x}|{255:#X}|{255:o}|{255:#o}|{255:b}|{255:#b}|{255:#010b}|{255:c}|{97:c}")
print(f"{-42:05d}|{42:05d}|{-42:<5}|{-42:=5}|{42: d}")
print(f"{0.5:.0%}|{0.123456:.2%}|{12.3456:08.3f}|{-12.3:+09.2f}|{1e-3:.1e}|{123456.0:.3g}|{123456.0:g}")
print(f"{'abc':>5}|{'abc':<5}|{'abc':^6}|{'abc':.2}|{'abcdef':>4.2}|{'x':_<3}")
print(f"{True}|{True:d}|{True:>6}|{None!s:>6}|{None!r}")
print(f"{10**20:,}|{-10**20:_}|{2**64:x}")
print(f"{1.5:}|{1e16:}|{1.0:.1f}|{100.0:g}|{1e-5:f}")
print(format(3, "5"), format("s", "5"), format(3.0, "5"), format(True, "5"), format(0, "#x"))
