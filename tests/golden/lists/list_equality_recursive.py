# Checks equality and repr of lists containing themselves (recursive repr '[...]').
a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a, a[2][2][0])
b = {"self": None}
b["self"] = b
print(b)
c = [a, b]
print(c)
x = [1]
y = [x, x]
print(y, y[0] is y[1])
