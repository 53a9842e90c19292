# Checks that a subclass's reflected method is tried first, and reflected ops with builtins.
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
    def __add__(self, o):
        return "Derived.__add__"
print(Base() + Derived())
print(Derived() + Base())
print(1 + Base(), Base() + 1, [1] + Base())
class R:
    def __rsub__(self, o):
        return f"rsub from {o!r}"
    def __rtruediv__(self, o):
        return f"rtruediv {o}"
    def __rpow__(self, o):
        return f"rpow {o}"
    def __rlshift__(self, o):
        return f"rlshift {o}"
print(10 - R(), 3.5 / R(), 2 ** R(), 1 << R())
class Num(int):
    def __radd__(self, o):
        return "Num.__radd__"
print(5 + Num(3), Num(3) + 5)
