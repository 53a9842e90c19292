# Checks TypeError messages for bad int operand combinations (caught), ends uncaught.
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: 1 - "a",
    lambda: [1] * "x",
    lambda: 3 < "4",
    lambda: -"x",
    lambda: ~1.5,
    lambda: 1 << 1.0,
    lambda: 1 & 2.0,
    lambda: None + 1,
    lambda: 5 % [1],
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(2 ** "3")
