# Checks an uncaught TypeError for a missing required argument raised in a nested call.
def make_point(x, y, z):
    return (x, y, z)
def build(points):
    out = []
    for p in points:
        out.append(make_point(*p))
        print("built", out[-1])
    return out
build([(1, 2, 3), (4, 5, 6), (7, 8)])
