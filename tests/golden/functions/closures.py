# Checks closures: captured variables, counters via nonlocal, independent instances, cell sharing.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc1, get1 = make_counter()
inc2, get2 = make_counter(100)
print(inc1(), inc1(), inc1(5), get1(), inc2(), get2(), get1())
def outer():
    x = "first"
    def show():
        return x
    x = "second"
    return show
print(outer()())
def multipliers():
    return [lambda v, m=m: v * m for m in (2, 3)]
print([f(10) for f in multipliers()])
print(inc1.__closure__ is not None, len(inc1.__closure__), inc1.__code__.co_freevars)
def shared():
    val = []
    def add(x):
        val.append(x)
    def peek():
        return list(val)
    return add, peek
a, p = shared()
a(1); a(2)
print(p())
