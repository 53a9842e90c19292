# At exit, cyclic garbage is collected and its finalizers run (gc disabled or not).
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.disable()
a = Node("left-behind"); a.me = a
del a
print("end of program")
