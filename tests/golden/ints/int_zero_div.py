# Checks ZeroDivisionError messages for //, % and / on ints and floats, then one uncaught.
for op in ("//", "%", "/"):
    try:
        if op == "//":
            1 // 0
        elif op == "%":
            1 % 0
        else:
            1 / 0
    except ZeroDivisionError as e:
        print(op, "->", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("divmod ->", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("float / ->", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("float // ->", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("float % ->", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("0 ** -1 ->", e)
print("now uncaught:")
print(10 // (5 - 5))
