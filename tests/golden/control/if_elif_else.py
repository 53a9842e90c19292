# Checks if/elif/else chains, nested ifs and truthiness-driven branches.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        else:
            return "small even"
    else:
        return "large"
for n in [-5, 0, 3, 4, 10, 99]:
    print(n, classify(n))
for v in [[], [0], "", "x", None, 0.0]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3: print("x > 3")
if not x == 4 and x != 6 or False:
    print("compound")
