# Checks that loop variables leak into the enclosing scope and closures capture late.
for i in range(3):
    pass
print(i)
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = []
for i in range(3):
    gs.append(lambda i=i: i)
print([g() for g in gs])
for i in []:
    pass
print("still", i)
j = 100
[j for j in range(3)]
print("comprehension did not leak:", j)
