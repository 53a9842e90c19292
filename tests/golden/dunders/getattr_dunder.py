# Checks __getattr__ (only for missing attributes), __setattr__, __delattr__ and __getattribute__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self.target, name)
class T:
    pass
t = T()
t.x = 1
p = Proxy(t)
print(p.x, p.target is t)
p.y = 2
print(t.y, p.y)
del p.x
print(hasattr(t, "x"), p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.get_color(), getattr(d, "get_size")(), hasattr(d, "other"))
class Counting:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "a":
            return "intercepted"
        return super().__getattribute__(name)
print(Counting().a, Counting().__class__.__name__)
