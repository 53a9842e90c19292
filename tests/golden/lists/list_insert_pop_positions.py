# Checks insert/pop at many positions against expected lists (list shifting correctness).
a = []
for i in range(8):
    a.insert(i // 2, i)
    print(a)
while len(a) > 2:
    print(a.pop(len(a) // 2), a)
a[len(a):] = range(3)
print(a)
print(a.pop(-1), a.pop(-len(a)), a)
