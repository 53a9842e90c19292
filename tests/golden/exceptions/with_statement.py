# Checks with statement: exceptions in body, suppression, return from within, multiple managers order.
class Res:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("open " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return et is not None and issubclass(et, ArithmeticError)
log = []
with Res("a", log), Res("b", log):
    log.append("body")
print(log)
log = []
with Res("c", log):
    1 / 0
log.append("after suppressed")
print(log)
log = []
try:
    with Res("d", log), Res("e", log):
        raise KeyError("k")
except KeyError:
    log.append("caught KeyError")
print(log)
def use():
    log = []
    with Res("f", log) as r:
        return r.name, log
print(use())
