# Checks dict and set comprehensions, including key collisions and conditional values.
print({x: x ** 3 for x in range(5)})
print({w: len(w) for w in ["a", "bb", "a", "ccc"]})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({x % 4 for x in range(20)}, {(x, -x) for x in range(2)} == {(0, 0), (1, -1)})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print(sorted({c for c in "mississippi"}))
print({i: {j: i * j for j in range(3)} for i in range(3)})
