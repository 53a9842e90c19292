# set(...) and tuple(...) called on the exact types take a short path (no __new__/__init__
# lookups, the new set filled without its lock): the same results and errors as the long one.

def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError("stop at %d" % i)
        yield i * i % 7

print(sorted(set(gen(10))), set(), tuple(gen(5)), tuple())
print(set("hello") == {"h", "e", "l", "o"}, tuple("abc"), tuple(range(3)))
t = (1, 2, 3)
print(tuple(t) is t, set({1: "a", 2: "b"}), set({3, 4}), frozenset(gen(4)) == frozenset({0, 1, 2, 4}))

for bad in [lambda: set(1), lambda: set(1, 2), lambda: set(a=1), lambda: tuple(5),
            lambda: tuple(1, 2), lambda: tuple(x=1), lambda: set(gen(10, fail_at=3)),
            lambda: tuple(gen(10, fail_at=2)), lambda: set([[1]])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class MySet(set):
    def __init__(self, it, extra):
        super().__init__(it)
        self.add(extra)


class MyTuple(tuple):
    pass


print(sorted(MySet(gen(4), 99)), type(MySet([], 1)).__name__, MyTuple(gen(3)), type(MyTuple()).__name__)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Noisy) and other.name == self.name

    def __del__(self):
        print("del", self.name)


s = set(Noisy(c) for c in (1, 2))
print(len(s))
del s
print("after del")
s = {Noisy(10), Noisy(10), Noisy(11)}
print(len(s))
s = None
print("end")
