# Checks nested try blocks, exceptions raised in except/finally, and handler selection.
def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return level(n - 1)
    except (ValueError, TypeError) as e:
        if n < 2:
            raise TypeError(f"converted at {n}") from e
        print("level", n, "caught", type(e).__name__, e)
        return "recovered at %d" % n
    finally:
        print("finally", n)
print(level(3))
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
    finally:
        print("finally after IndexError raised")
except IndexError as e:
    print("outer got", repr(e), "context", repr(e.__context__))
try:
    try:
        raise KeyError("x")
    finally:
        raise RuntimeError("finally raised")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
