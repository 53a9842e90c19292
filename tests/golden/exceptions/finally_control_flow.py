# Checks return/break/continue inside finally overriding pending exceptions and returns.
def return_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(return_in_finally())
def override_return():
    try:
        return "try"
    finally:
        return "finally"
print(override_return())
def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally set x =", x)
print(finally_sees_value())
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    finally:
        if i == 1:
            print("continue swallows KeyError")
            continue
    print("loop", i)
for i in range(5):
    try:
        raise IndexError(i)
    finally:
        print("break swallows IndexError", i)
        break
print("after loop", i)
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    finally:
        print("outer finally")
try:
    nested()
except ValueError as e:
    print("got", e)
