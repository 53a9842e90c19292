# Checks list.sort and sorted: stability, key, reverse, mixed errors, sort of tuples.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: -p[0]))
recs = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25)]
recs.sort(key=lambda r: r[1])
print(recs)
r = [3, 1, 2]
print(r.sort(), r, sorted(r) is r)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1, 1, 1], [2]]), sorted("hello", reverse=True))
