# Checks hash() of floats (deterministic for numbers) and float keys in dicts.
for v in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 2.0 ** 61, float("inf"), float("-inf")]:
    print(v, hash(v))
print(hash(1.0) == hash(1) == hash(True), hash(2.0 ** 70) == hash(2 ** 70))
d = {0.5: "half", 1: "one", 1.0: "float one"}
print(d, d[1.0], d[True])
print({-0.0: "neg", 0: "zero"})
