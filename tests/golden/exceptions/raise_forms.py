# Checks raise forms: class, instance, with args, re-raise, raise in except, invalid raise.
for thing in [ValueError, ValueError("msg"), ValueError("a", 2), Exception()]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), str(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise int
except TypeError as e:
    print("TypeError:", e)
def reraiser():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except KeyError as e:
    print("re-raised:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
