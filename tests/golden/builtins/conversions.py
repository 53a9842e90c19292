# Checks constructors as converters: int/float/str/bool/list/tuple/dict/set/frozenset on many inputs.
print(int("12"), int(12.9), int(-12.9), int(True), float("1.5"), float(2), str(3.0), str([1]), bool(""), bool("0"))
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), tuple([1, 2]), tuple("xy"), tuple({5: 0}))
print(dict([(1, 2)]), dict(a=1), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(set([3, 1, 3]), frozenset((2, 2, 1)), set("aaa"), set(), frozenset())
print(type(int()).__name__, float(), str(), bool(), list(), tuple(), dict())
print(int("  7  "), float("  -0.5\n"))
