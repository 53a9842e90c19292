# Checks left-to-right evaluation of arguments, keyword arguments and operands.
def t(x):
    print("eval", x)
    return x
def f(*a, **k):
    return a, k
print(f(t(1), t(2), k=t(3), j=t(4)))
print(t(1) + t(2) * t(3))
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(d)
lst = [t(0)][t(0)]
x = t([])
x.append(t("appended"))
print(x)
