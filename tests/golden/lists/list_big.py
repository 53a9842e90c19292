# Checks building and reducing larger lists (100k elements) deterministically.
n = 100000
a = list(range(n))
print(len(a), sum(a), a[-1], a[n // 2])
b = [x * 2 for x in a if x % 3 == 0]
print(len(b), b[:5], b[-1], sum(b))
a.reverse()
print(a[:3], a[-3:])
c = a[::1000]
print(len(c), c[:4])
del a[::2]
print(len(a), a[:3])
sq = [i * i for i in range(1000)]
print(sum(sq), max(sq), sq.index(961))
