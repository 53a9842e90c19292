# Checks augmented assignment on names, list items, attributes and in-place list extension.
class Box:
    pass
b = Box()
b.v = 1
b.v += 10
print(b.v)
lst = [1, 2, 3]
lst[1] *= 5
print(lst)
alias = lst
lst += [4]
print(lst, alias, lst is alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = "ab"
s *= 3
print(s)
d = {"n": 0}
for _ in range(5):
    d["n"] += 2
print(d)
n = 7
n <<= 2; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 0b1100; print(n)
n ^= 0b1111; print(n)
