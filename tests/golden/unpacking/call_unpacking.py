# Checks * and ** unpacking in calls, list/tuple/set/dict displays, and multiple unpackings.
def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, kw)
args = [1, 2]
kw = {"c": 3, "z": 26}
print(f(*args), f(*args, **kw), f(*[1, 2, 3, 4, 5]), f(*"ab", **{"x": 1}))
print(f(*args, *args), f(0, *[1], c=5, **{"q": 1}))
print([*range(3), *"ab"], (*[1], 2), {*[1, 2], *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="-")
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, **{"b": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
