# Collections also start by themselves as tracked objects pile up, unless gc.disable() was called.
import gc

freed = 0

class Node:
    def __del__(self):
        global freed
        freed += 1

def churn(n):
    for _ in range(n):
        a = Node(); b = Node()
        a.b = b; b.a = a

gc.disable()
churn(3000)
print("disabled, freed so far:", freed)
gc.collect()
print("after collect:", freed)

freed = 0
gc.enable()
churn(3000)
print("enabled, some freed already:", freed > 0)
gc.collect()
print("after collect:", freed)
