# Checks subclassing builtins: list, dict, str, int with extra methods and overridden behaviour.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [5], type(s + [5]).__name__)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u + "x", type(u + "x").__name__, len(u), u == "hey", repr(u))
class Money(int):
    def __str__(self):
        return f"${int(self)}"
m = Money(5)
print(m, m + 3, type(m + 3).__name__, str(Money(7)), repr(m))
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
d = LoudDict(a=1)
d["b"] = 2
d.update(c=3)
print(d, sorted(d.items()))
class Pos(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pos(3, 4)
print(p, p.x, p[1], len(p), isinstance(p, tuple))
