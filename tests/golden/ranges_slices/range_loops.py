# Checks common range loop idioms: countdown, step, nested ranges, sum of ranges.
for i in range(5, 0, -1):
    print(i, end=" ")
print("liftoff")
print([i for i in range(0, 30, 7)], sum(range(101)), sum(range(1, 10, 2)))
tri = []
for i in range(1, 5):
    tri.append([j for j in range(i)])
print(tri)
print(list(range(len("abc"))), max(range(-3, 3)), min(range(3, 9)))
total = 0
for i in range(1000):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
