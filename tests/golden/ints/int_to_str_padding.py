# Checks str/format padding of ints via methods (zfill, rjust) and format specs.
for n in (5, -5, 123456, 0):
    print(str(n).zfill(6), str(n).rjust(7, "."), str(n).ljust(7, "."), str(n).center(8, "*"))
    print(f"{n:06d}|{n:>6}|{n:<6}|{n:^6}|{n:+}|{n:=+8}")
