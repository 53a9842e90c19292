# Checks __index__, __int__, __float__ and their use by int(), float(), hex(), range and slicing.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
i = Idx(3)
print([10, 20, 30, 40][i], "abcdef"[Idx(1):Idx(4)], list(range(Idx(4))), hex(Idx(255)), bin(i), int(i))
print(int(Num()), float(Num()), "ab" * Idx(2))
try:
    [1, 2][Num()]
except TypeError as e:
    print("TypeError:", e)
try:
    hex(Num())
except TypeError as e:
    print("TypeError:", e)
