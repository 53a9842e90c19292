# Checks CPython's exact messages for common builtin errors.
none = None
one = 1
tests = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.5 / 0,
    lambda: {}["k"],
    lambda: {}[("t", 1)],
    lambda: [][0],
    lambda: ()[0],
    lambda: ""[0],
    lambda: 1 + "a",
    lambda: "a" - 1,
    lambda: none(),
    lambda: len(3),
    lambda: one[0],
    lambda: none[0],
    lambda: {}.x,
    lambda: None.x,
    lambda: undefined_name,
    lambda: int("x"),
    lambda: int("4.5"),
    lambda: float("x"),
    lambda: [].remove(1),
    lambda: next(iter([])),
    lambda: [1, 2, 3].index(7),
    lambda: "abc".index("d"),
    lambda: {1, 2} - [1],
    lambda: sum(["a", "b"]),
    lambda: max([]),
    lambda: min(()),
    lambda: hash({}),
    lambda: object().x,
    lambda: abs("s"),
    lambda: divmod(1, 0),
    lambda: chr(-1),
    lambda: [1] * [1],
    lambda: {}.fromkeys(1),
    lambda: tuple(1),
    lambda: 2 ** 10000 * 1.0,
]
for t in tests:
    try:
        t()
        print("no error?")
    except Exception as e:
        print(type(e).__name__ + ":", e)
