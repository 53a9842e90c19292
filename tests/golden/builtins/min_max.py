# Checks min/max with iterables, multiple args, key, default, ties (first wins) and errors.
print(max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max([1, 2], [1, 3]))
print(max(["aa", "b", "ccc", "dd"], key=len), min(["aa", "b", "ccc", "dd"], key=len), max(["x", "yy", "zz"], key=len))
print(max([], default="empty"), min((), default=None), max([5], default=0), max(iter([2, 9, 4])))
print(max({1: "a", 3: "b"}), min([(2, "b"), (2, "a")]), max(-1, -1.0), max(-1.0, -1))
for bad in [lambda: max(), lambda: max(1), lambda: min([1, "a"]), lambda: max([], key=len)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
