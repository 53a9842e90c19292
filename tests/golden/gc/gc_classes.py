# Cycles through classes are found by gc.collect(): a class holding itself, a class with its
# instances, a class through its methods' __class__ cell, a metaclass, an exception class; a
# class that a live instance, a live exception or a running frame uses is left alone.
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
print("classes are tracked:", gc.is_tracked(Sentinel))

class C:
    pass
C.me = C
C.sentinel = Sentinel("class to itself")
del C
report("class holding itself:")

class D:
    def __init__(self):
        self.cls = type(self)
D.sentinel = Sentinel("class and instance")
d = D()
del D
report("an instance keeps its class:")
print("still works:", d.cls.__name__, isinstance(d, d.cls))
del d
report("class with its instance:")

class Base:
    def hello(self):
        return "base"
class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()
Derived.sentinel = Sentinel("class through its methods' __class__ cell")
print(Derived().hello())
del Derived
report("subclass gone, base kept:")

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
Meta.sentinel = Sentinel("metaclass")
WithMeta.sentinel = Sentinel("class of the metaclass")
del Meta
report("a class keeps its metaclass:")
print("type of the class:", type(WithMeta).__name__)
del WithMeta
report("class and metaclass:")

def make_exception():
    class Oops(Exception):
        pass
    Oops.sentinel = Sentinel("exception class")
    try:
        raise Oops("x")
    except Oops as e:
        return e
err = make_exception()
report("an exception keeps its class:")
print(type(err).__name__, err.args)
del err
report("exception class after the exception:")

def user():
    class Local:
        def run(self):
            return "local class ran"
    Local.me = Local
    Local.sentinel = Sentinel("local class, after its frame")
    gc.collect()
    print("during its frame:", Local().run(), sorted(events))
user()
report("after user returned:")

instances = [type("Made%d" % i, (Base,), {})() for i in range(3)]
for i, o in enumerate(instances):
    type(o).sentinel = Sentinel("made %d" % i)
del instances[1]
report("one of three made classes:")
print([type(o).__name__ for o in instances], [o.hello() for o in instances])
del instances, o
report("the other two, after their instances:")
