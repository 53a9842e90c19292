# Checks an exception unwinding through many frames, running finally blocks in order.
def deep(n):
    try:
        if n == 0:
            raise LookupError("from the bottom")
        deep(n - 1)
    finally:
        if n % 10 == 0:
            print("unwinding through", n)
try:
    deep(50)
except LookupError as e:
    print("caught at top:", e)
def catcher(n):
    if n == 0:
        raise KeyError("deep")
    try:
        return catcher(n - 1)
    except KeyError:
        if n == 7:
            return f"caught at depth {n}"
        raise
print(catcher(20))
