# Classes made and dropped while four threads make instances of them (each thread counts its
# instances' references to a class in its own per-thread slot) and collections run: a class is
# collected once neither a name nor an instance refers to it, its finalizers run exactly once,
# and no class goes while one of its instances lives on any thread.
import gc
import threading

lock = threading.Lock()
gone = []

class Sentinel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        with lock:
            gone.append(self.name)

def make_class(i):
    class K:
        def __init__(self, n):
            self.n = n
        def twice(self):
            return 2 * self.n
    K.me = K
    K.sentinel = Sentinel("class %d" % i)
    return K

kept = [[] for _ in range(4)]

def worker(w, classes):
    total = 0
    for i in range(2000):
        cls = classes[i % len(classes)]
        o = cls(i)
        total += o.twice()
        if i % 400 == w and i % 2 == 0:
            kept[w].append(o)
        if i % 700 == 0:
            gc.collect()
    return total

classes = [make_class(i) for i in range(6)]
results = [0] * 4
def run(w):
    results[w] = worker(w, classes)
threads = [threading.Thread(target=run, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("sums right:", results == [2 * sum(range(2000))] * 4)

held = sorted({type(o).sentinel.name for row in kept for o in row})
del classes
gc.collect()
print("collected while instances live elsewhere:", sorted(set(gone) & set(held)))
print("collected, no instance kept:", sorted(gone))
gone.clear()
for row in kept:
    for o in row:
        assert o.twice() == 2 * o.n
del row, o
kept = None
gc.collect()
print("collected after the instances:", sorted(gone))
