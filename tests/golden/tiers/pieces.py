# A long function (over 96 instructions) is compiled with its straight-line stretches moved
# into methods of their own ("pieces"): exceptions raised inside a piece, handlers right after
# one, loops over pieces and a traceback line from inside one must behave as interpreted.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def long_kernel(points, scale, bad_index):
    total = 0.0
    caught = []
    for i, p in enumerate(points):
        dx = p.x * scale - 1.5
        dy = p.y * scale + 2.25
        dz = dx * dy - dx / 3.0
        dw = dz * dz + dx * dx + dy * dy
        p.x = dx * 0.5 + dw * 1e-6
        p.y = dy * 0.5 - dw * 1e-6
        q = [dx, dy, dz, dw]
        a, b, c, d = q
        total += a + b + c + d
        total -= (a * b) / (c * c + 1.0)
        try:
            r = 10.0 / (i - bad_index)
            r2 = r * r + r / 2.0 - r * 3.0
            total += r2 * 0.0
        except ZeroDivisionError as e:
            caught.append((i, str(e)))
        s = "%d:%.3f" % (i, total)
        if len(s) > 100:
            break
        u = (dx, dy, dz, dw, total)
        v = u[0] + u[1] + u[2] + u[3] - u[4] + u[4]
        total = total * 0.5 + v * 0.25
    return total, caught


def fails_in_the_middle(n):
    acc = 0
    for i in range(n):
        a = i * 2 + 1
        b = a * a - i
        c = b // 3 + a % 7
        d = c - b + a
        e = d * d + c * c
        f = e // (n - 1 - i) if i < n - 1 else e
        acc += a + b + c + d + e + f
        g = acc % 1000003
        h = g * 3 + 1
        k = h - g
        m = k * k + h
        acc = acc + m - m
        if i == n - 1:
            lst = [a, b, c]
            acc += lst[5]
    return acc


pts = [Point(i * 0.5, i * -0.25) for i in range(40)]
for rounds in range(30):
    t, caught = long_kernel(pts, 1.0001, 17)
print("%.6f" % t, caught[:1], len(caught))
print(round(pts[3].x, 6), round(pts[3].y, 6))
for n in (3, 10):
    try:
        fails_in_the_middle(n)
    except IndexError as e:
        print("IndexError", e)
fails_in_the_middle(4)
