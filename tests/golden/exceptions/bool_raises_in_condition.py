# A __bool__ that raises in an if, a while, an and/or and a not: the condition object is
# dropped by the unwinding (it was leaked when the jump popped it before asking __bool__).
class B:
    def __bool__(self):
        raise ValueError("no truth")
    def __del__(self):
        print("B freed")

def f():
    try:
        if B():
            pass
    except ValueError as e:
        print("caught", e)
    try:
        while B():
            pass
    except ValueError as e:
        print("caught", e)
    try:
        x = B() and 1
    except ValueError as e:
        print("caught", e)
    try:
        x = not B()
    except ValueError as e:
        print("caught", e)
f()
print("end")
