# Checks that < between unrelated objects with no ordering raises an uncaught TypeError.
class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v})"
boxes = [Box(3), Box(1)]
print(boxes, Box(1) == Box(1))
print(sorted(boxes, key=lambda b: b.v))
print(sorted(boxes))
