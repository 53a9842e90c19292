# Checks __del__ on instances of subclasses of builtins and of exceptions.
class L(list):
    def __del__(self):
        print("del L", len(self))
class D(dict):
    def __del__(self):
        print("del D", sorted(self))
class S(str):
    def __del__(self):
        print("del S", str.upper(self))
class I(int):
    def __del__(self):
        print("del I", int(self) + 1)
class E(Exception):
    def __del__(self):
        print("del E", self.args)
x = L([1, 2, 3])
del x
d = D(a=1, b=2)
d = None
s = S("abc")
del s
i = I(41)
del i
try:
    raise E("boom")
except E as e:
    print("caught", e)
print("end")
