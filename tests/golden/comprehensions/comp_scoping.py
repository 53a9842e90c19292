# Checks comprehension scoping: own scope for loop vars, class-body visibility rules.
x = "outer"
r = [x for x in range(3)]
print(r, x)
y = 10
print([y + i for i in range(3)])
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    factor = 3
    try:
        tripled = [i * factor for i in items]
    except NameError as e:
        tripled = "NameError: " + str(e)
print(C.doubled, C.tripled)
def f():
    n = 5
    return [lambda: n + i for i in range(3)]
print([g() for g in f()])
print([[j for j in range(i)] for i in range(3)])
