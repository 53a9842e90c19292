# Checks aliasing: shared references, copies, nested mutation and list identity in functions.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
a.append(4)
a[1].append("x")
print(a, b, c, d)
print(a is b, a is c, a[1] is c[1])
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    lst.append("r")
    return lst
orig = []
res = mutate(orig)
print(orig, res)
def default_trap(x, acc=[]):
    acc.append(x)
    return acc
print(default_trap(1), default_trap(2), default_trap(3, []))
m = [[]] * 2
m[0].append(1)
print(m)
