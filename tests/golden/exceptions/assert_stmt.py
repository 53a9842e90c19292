# Checks assert with and without messages (caught), then an uncaught AssertionError with a message.
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
try:
    assert [], "list was empty"
except AssertionError as e:
    print("AssertionError:", e)
x = 5
assert x == 5, "not reached"
print("passed assert")
def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    return v * 2
print(check(4))
print(check("4"))
