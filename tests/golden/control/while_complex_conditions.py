# Checks while loops over two indices (merge of sorted lists) and a binary search.
a = [1, 4, 6, 9, 12]
b = [2, 3, 6, 10]
i = j = 0
merged = []
while i < len(a) and j < len(b):
    if a[i] <= b[j]:
        merged.append(a[i]); i += 1
    else:
        merged.append(b[j]); j += 1
merged += a[i:] + b[j:]
print(merged)
def bsearch(xs, t):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid, steps
        elif xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
for t in [1, 6, 12, 5, 100]:
    print(t, bsearch(merged, t))
