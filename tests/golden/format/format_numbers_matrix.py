# Checks many numbers through several specs to pin down rounding in formatting.
vals = [0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.675, 1e-10, 123456789, 1 / 3, 2 / 3, 99.995]
specs = [".0f", ".1f", ".2f", ".3g", "e", ".2e", "10.4f", "+.1f", "g", ".1%"]
for v in vals:
    print(v, " ".join(format(v, s) for s in specs))
