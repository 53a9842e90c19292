# Checks NameError for globals, locals, deleted names, and nested-function free variables.
try:
    print(missing)
except NameError as e:
    print("NameError:", e)
def f():
    return also_missing
try:
    f()
except NameError as e:
    print("NameError:", e)
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    v = 5
    return inner()
print(outer())
def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
