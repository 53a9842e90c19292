# Locals read by x.attr, x[i], x * y, a[i] = v, `for v in x` are pushed without a count of their
# own (LOAD_FAST_BORROW): exceptions raised while such values are on the stack must not drop
# them, a generator closed mid-expression must not either, and arithmetic must never reuse a
# local's float in place.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def boom():
    raise ValueError("boom")


def raise_between(lst):
    try:
        return lst[boom()]
    except ValueError as e:
        return "caught " + str(e)


def unbound_between(a, v):
    try:
        a[i] = v
    except UnboundLocalError as e:
        print("unbound:", e)
    i = 0


def reader_raises(o):
    try:
        return o.missing
    except AttributeError:
        return "no attribute"


def missing_key(d, k):
    try:
        return d[k]
    except KeyError:
        return "no key"


def floats(x, y):
    a = x * y      # x and y are borrowed: neither may be overwritten by the product
    b = x + x
    c = a - y
    return x, y, a, b, c


def gen(lst):
    for x in lst:
        yield lst[x] + (yield x)


def deep(n, lst):
    if n == 0:
        raise KeyError(len(lst))
    return lst[0].name + deep(n - 1, lst)


keep = Noisy("kept")
print(raise_between([1, 2]))
unbound_between([0], keep)
print(reader_raises(keep))
print(missing_key({}, keep), missing_key({1: 2}, 1))
print(floats(1.5, 2.0))
x = 2.5
y = x * 4.0
print(x, y)
g = gen([0, 1])
print(next(g), g.send(10), g.send(20))
g.close()
del g
try:
    deep(30, [keep])
except KeyError as e:
    print("deep", e)
lst = [Noisy("item")]
for v in lst:
    lst[0] = None
    print("replaced while iterating", v.name)
del v
print("before del")
del keep
print("end")
