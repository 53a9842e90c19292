# Cycles through functions (deferred objects) are found by gc.collect(); a function that a
# running frame or a suspended generator still uses is left alone.
import gc

events = []

class Sentinel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append(self.name)

def report(label):
    gc.collect()
    print(label, sorted(events))
    events.clear()

gc.disable()
print("functions are tracked:", gc.is_tracked(report))

def f():
    return "f"
f.self = f
f.sentinel = Sentinel("function to itself")
del f
report("function holding itself:")

def outer():
    def inner():
        return inner
    inner.sentinel = Sentinel("closure cycle")
    return inner
g = outer()
print("inner returns itself:", g() is g)
del g
report("function through its own closure cell:")

def make_pair():
    def a():
        return b
    def b():
        return a
    a.sentinel = Sentinel("two functions")
    return a
p = make_pair()
print("pair:", p()() is p)
del p
report("two functions through each other's cells:")

lst = []
def h(x=lst):
    return x
lst.append(h)
h.sentinel = Sentinel("default argument")
del lst, h
report("function and a list through a default:")

def runner():
    def local():
        return "local ran"
    local.self = local
    local.sentinel = Sentinel("local, after its frame")
    gc.collect()
    print("during its frame:", local(), sorted(events))
runner()
report("after runner returned:")

print((lambda: (gc.collect(), "a lambda survives a collection it runs")[1])())

def gen():
    def helper():
        return "helper ran"
    helper.self = helper
    helper.sentinel = Sentinel("helper, after the generator")
    yield 1
    yield helper()
it = gen()
next(it)
gc.collect()
print("resumed:", next(it), sorted(events))
del it
report("after the generator went:")

def selfish():
    try:
        me = yield "started"
        yield me
    finally:
        events.append("selfish closed")
s = selfish()
next(s)
print("holds itself:", s.send(s) is s)
del s
report("generator referring to itself:")
