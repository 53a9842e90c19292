# Checks __bool__ and __len__ in truth testing, and errors when they return bad types.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __len__(self):
        print("len called")
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(B(True)), bool(B(False)), bool(L()), bool(Both()), not L())
if B(False) or L():
    print("no")
else:
    print("both falsy")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class Empty:
    pass
print(bool(Empty()))
