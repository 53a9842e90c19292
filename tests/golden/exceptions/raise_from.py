# Checks raise ... from: __cause__, __context__, __suppress_context__ and raise from None.
class AppError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"cannot load {key}") from e
try:
    load("b")
except AppError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def hide():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
try:
    hide()
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        [][1]
    except IndexError:
        raise TypeError("during handling")
try:
    implicit()
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
e = RuntimeError("r")
print(e.__cause__, e.__context__, e.__traceback__)
