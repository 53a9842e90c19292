# Checks unary and bitwise dunders: __invert__, __and__, __or__, __xor__, __lshift__, __rshift__.
class Bits:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Bits({self.v:04b})"
    def __and__(self, o):
        return Bits(self.v & o.v)
    def __or__(self, o):
        return Bits(self.v | o.v)
    def __xor__(self, o):
        return Bits(self.v ^ o.v)
    def __invert__(self):
        return Bits(~self.v & 0b1111)
    def __lshift__(self, n):
        return Bits((self.v << n) & 0b1111)
    def __rshift__(self, n):
        return Bits(self.v >> n)
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, ~a, a << 1, a >> 2)
try:
    -a
except TypeError as e:
    print("TypeError:", e)
try:
    a & 1
except AttributeError as e:
    print("AttributeError:", e)
