# Checks keyword-only parameters after * and *args, with and without defaults.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=5))
for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, 2, b=3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(*args, flag=False):
    return args, flag
print(g(1, 2), g(flag=True), g(1, flag=1))
