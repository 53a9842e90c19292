# Checks the order of try/except/else/finally blocks on success, failure and unmatched exceptions.
def run(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError:
        print("except ZeroDivisionError")
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally")
print(run(2))
print(run(0))
def unmatched():
    try:
        raise KeyError("k")
    except ValueError:
        print("not here")
    finally:
        print("finally runs before propagation")
try:
    unmatched()
except KeyError as e:
    print("caught outside:", repr(e))
try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
