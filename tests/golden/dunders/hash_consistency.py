# Checks __hash__ returning big ints and negative -1 handling (hash(-1) is -2 in CPython).
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash(H(5)), hash(H(-1)), hash(H(2 ** 100)) == hash(2 ** 100), hash(-1), hash(-2))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
