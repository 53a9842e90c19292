# Checks generator frames keep locals, gi_running/gi_frame basics and re-entrancy errors.
def g():
    x = 10
    yield x
    x += 5
    yield x
gen = g()
print(gen.gi_frame is not None, gen.gi_running)
print(next(gen), next(gen))
print(list(gen), gen.gi_frame)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(g.__name__, gen.__name__, gen.__qualname__)
