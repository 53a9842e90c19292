# Checks conditional expressions: nesting, laziness and use in comprehensions.
def loud(x):
    print("computed", x)
    return x
for n in range(-1, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
print(loud("yes") if True else loud("no"))
print(loud("yes") if False else loud("no"))
print([x if x % 2 else -x for x in range(6)])
print((lambda a: "big" if a > 10 else "small")(11))
val = None
print(val if val is not None else "default")
