# __del__ of cyclic garbage runs exactly once, even when it resurrects the object (PEP 442).
import gc

saved = []
calls = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        calls.append(self.name)
        saved.append(self)

gc.disable()
p = Phoenix("p")
print(gc.is_finalized(p))
del p
gc.collect()
print("calls after first collect:", calls)
print("resurrected:", [s.name for s in saved], gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print("calls after second collect:", calls)

class Plain:
    def __del__(self):
        calls.append("plain")

calls.clear()
q = Plain()
q.me = q
del q
gc.collect()
gc.collect()
print(calls)

# a finalizer that breaks the cycle itself
class Breaker:
    def __del__(self):
        calls.append("breaker")
        self.me = None
calls.clear()
b = Breaker(); b.me = b; del b
gc.collect()
print(calls)
