# Checks that __del__ runs the moment the last reference goes (reference counting), once,
# in the order references are dropped; resurrection runs __del__ only once.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = Noisy("a")
b = a
print("dropping one of two references")
del a
print("dropping the last")
del b
print("after")
def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("returned")
items = [Noisy("first"), Noisy("second")]
items.pop()
print("popped")
items = None
print("list gone")
x = Noisy("rebound")
x = 5
print("rebound to", x)
keep = []
class Phoenix:
    def __del__(self):
        print("phoenix resurrects")
        keep.append(self)
p = Phoenix()
del p
print("kept", len(keep), type(keep[0]).__name__)
keep.clear()
print("cleared: no second __del__")
print("still running")
