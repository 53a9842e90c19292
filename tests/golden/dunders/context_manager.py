# Checks __enter__/__exit__: values bound by as, exit args, exception suppression, nesting order.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body with", v)
with CM("outer") as o, CM("inner") as i:
    print("nested body", o, i)
with CM("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("loud"):
        raise KeyError("k")
except KeyError as e:
    print("propagated KeyError", e)
def f():
    with CM("in-func"):
        return "returned value"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        print("loop body", i)
