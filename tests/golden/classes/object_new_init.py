# Checks __new__ and __init__ interplay: singleton, __init__ skipped when __new__ returns other type.
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init called")
a = Single()
b = Single()
print(a is b)
class Weird:
    def __new__(cls, v):
        if v < 0:
            return "negative!"
        return super().__new__(cls)
    def __init__(self, v):
        print("Weird.__init__", v)
        self.v = v
print(Weird(5).v, Weird(-1))
class Tagged:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
print(Tagged(1, 2).args)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
