# Object creation, attribute access and float arithmetic through the eval loop's fast paths:
# a class call runs __init__ as a frame, attribute sites see several classes, instance dicts
# change shape, floats are overwritten in place only when nothing else holds them.
import sys


class Point:
    def __init__(self, x, y=0.0, *, z=1.0):
        self.x = x
        self.y = y
        self.z = z


class Returns:
    def __init__(self, v):
        self.v = v
        return v


class Fails:
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative: %d" % n)
        self.n = n


class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by = "new"
        return obj

    def __init__(self, a):
        self.a = a


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class ViaMeta(metaclass=Meta):
    def __init__(self, q):
        self.q = q


class Caller:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name


def make():
    return Caller()


p = Point(1.5, z=3.0)
print(p.x, p.y, p.z)
print([Point(i).x for i in range(5)])
for bad in (Returns(None), 0):
    try:
        r = Returns(7) if bad == 0 else bad
        print("made", type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)
for n in (3, -1):
    try:
        print("Fails", Fails(n).n)
    except ValueError as e:
        print("ValueError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
w = WithNew(5)
print(w.made_by, w.a)
print(ViaMeta(9).q)
print(make().caller)
objs = [Point(float(i), float(-i)) for i in range(1000)]
print(sum(o.x + o.y * 2 for o in objs))


# one attribute site, several classes; shadowing, properties, deleted and re-added attributes
class A:
    kind = "A-class"

    def __init__(self):
        self.name = "a"


class B:
    def __init__(self):
        self.other = 1
        self.name = "b"


class C:
    @property
    def name(self):
        return "c-property"


class D(A):
    def __init__(self):
        super().__init__()
        self.kind = "D-instance"


class E:
    __slots__ = ("name",)

    def __init__(self):
        self.name = "e-slot"


def names(items):
    return [x.name for x in items]


def kinds(items):
    return [getattr(x, "kind", "-") for x in items]


items = [A(), B(), C(), D(), E()] * 3
print(names(items))
print(kinds(items))
a = items[0]
del a.name
try:
    a.name
except AttributeError as e:
    print("AttributeError:", e)
a.extra = 1
a.name = "a again"
print(names(items[:5]))
b = B()
b.__dict__.clear()
b.name = "b reordered"
b.other = 2
print(names([b, B(), b]))
A.name = "class attr now"
print(names([A(), a]))
del A.name


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1
        return self.count


class Counter2(Counter):
    def bump(self):
        self.count += 2
        return self.count


cs = [Counter(), Counter2(), Counter()]
for _ in range(10):
    for c in cs:
        c.bump()
print([c.count for c in cs])

# floats: temporaries may be reused, variables and container items never change
x = 1.5
y = x * 2.0 + 1.0
print(x, y)
lst = [0.5, 0.25]
lst[0] += 1.0
m = lst[0]
m2 = m * 2.0 - 0.5
print(lst, m, m2)
t = (2.0, 3.0)
s = t[0] * t[1] / 4.0 - t[0]
print(t, s)
z = 0.0
for i in range(100):
    z = z + i * 0.5 - (z / 4.0)
print(z)
same = 3.0
print(same * same + same, same)
try:
    print(1.0 / (x - 1.5))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(-0.0 * 1.0, 1e308 * 10.0, (1e308 * 10.0) - (1e308 * 10.0))
