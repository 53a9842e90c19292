# A reference another thread drops is dropped for the collector too, even while the thread that
# made the object is blocked: under biased counting the drop waits in the creator's merge queue,
# and a collection must merge it rather than take the object for live (which would keep alive
# everything it refers to, here a cycle with a finalizer, until the creator next ran).
import gc
import threading

log = []

class Cycle:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        log.append("finalized " + self.name)

class Holder:
    def __init__(self, target):
        self.target = target

box = []
made = threading.Event()
go = threading.Event()

handoff = []

def creator():
    box.append(Holder(handoff.pop()))   # the holder is this thread's: its count is local there
    made.set()
    go.wait()               # blocked (and detached) while the main thread collects

handoff.append(Cycle("one"))
t = threading.Thread(target=creator)
t.start()
made.wait()
box.clear()                 # the holder's last reference goes, from another thread than its creator's
gc.collect()
print("after the first collection:", log)

handoff.append(Cycle("two"))
t2 = threading.Thread(target=creator)
made.clear()
t2.start()
made.wait()
h = box.pop()               # kept: the cycle stays reachable through it
gc.collect()
print("while a holder lives:", log)
del h
gc.collect()
print("after it goes:", log)
go.set()
t.join()
t2.join()
print("done:", log)
