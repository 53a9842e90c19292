# Checks setting attributes on exceptions, with_traceback presence, and exceptions as values.
e = ValueError("boom")
e.extra = 42
print(e.extra, e.args, isinstance(e, BaseException))
errors = [KeyError("a"), IndexError("b")]
for err in errors:
    try:
        raise err
    except LookupError as caught:
        print(caught is err, type(caught).__name__, caught.__traceback__ is not None)
try:
    raise TypeError("first")
except TypeError as t:
    saved = t
print(repr(saved), saved.__traceback__ is not None)
e2 = Exception("x", "y")
e2.args = ("replaced",)
print(str(e2), repr(e2))
