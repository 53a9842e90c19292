# Checks repr of nested and single-element tuples and tuples of strings/floats.
print((1,), ((1,),), (("a", 'b"'),), (0.1, -0.0), ((), [()]), (None, True))
print(repr(tuple()), str((1, 2)), tuple([[]]), tuple({"a": 1}.items()))
t = tuple(range(20))
print(t)
print(t[5:15:3], t[-1:-5:-1])
