# Checks __exit__ receiving the exception, replacing it with another, and exceptions in __enter__.
class Translate:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError("translated from KeyError") from ev
        return False
try:
    with Translate():
        {}["x"]
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__)
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with FailEnter():
        print("body should not run")
except RuntimeError as e:
    print("RuntimeError:", e)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
