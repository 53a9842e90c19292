# Checks global and nonlocal declarations across nested scopes.
g = 0
def bump():
    global g
    g += 1
def read():
    return g
bump(); bump()
print(g, read())
def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        return r, x
    res = middle()
    return res, x
print(outer())
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
def shadow():
    g = "local"
    return g
print(shadow(), g)
