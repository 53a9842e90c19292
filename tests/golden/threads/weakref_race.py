# weak references shared by threads while their referents die: refs called and made on 4 threads as the main thread drops the objects; every callback and __del__ exactly once
import threading
import weakref

N_OBJ = 300
N_THREADS = 4


class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        with lock:
            deleted[self.n] += 1


lock = threading.Lock()
deleted = [0] * N_OBJ
fired = [0] * N_OBJ
objs = [Obj(i) for i in range(N_OBJ)]
basic = [weakref.ref(o) for o in objs]      # one basic reference per object, shared
made = threading.Barrier(N_THREADS + 1)
go = threading.Event()
stop = threading.Event()
finished = threading.Barrier(N_THREADS)


def make_callback(i):
    def callback(wr):
        with lock:
            fired[i] += 1
    return callback


def worker(t, stats):
    # every thread keeps one reference with a callback to every object: each object's death
    # must call exactly N_THREADS callbacks, each once
    kept = [weakref.ref(o, make_callback(i)) for i, o in enumerate(objs)]
    made.wait()
    go.wait()
    rounds = 0
    while not stop.is_set() or rounds < 2:
        rounds += 1
        for i in range(N_OBJ):
            o = basic[i]()
            if o is None:
                stats["dead"] += 1
                if kept[i]() is not None:
                    stats["bad"] += 1
                continue
            if o.n != i:
                stats["bad"] += 1
            # more references made and dropped while the object may be dying elsewhere
            if weakref.ref(o) is not basic[i]:
                stats["bad"] += 1
            extra = weakref.ref(o)
            p = weakref.proxy(o)
            if p.n != i or extra() is not o or kept[i]() is not o:
                stats["bad"] += 1
            stats["alive"] += 1
            del o, p, extra
    # once every thread has let go of the objects, all of them are dead
    finished.wait()
    stats["kept_dead"] = sum(1 for r in kept if r() is None)
    stats["kept_callbacks"] = sum(1 for r in kept if r.__callback__ is not None)


stats = [{"dead": 0, "alive": 0, "bad": 0} for _ in range(N_THREADS)]
threads = [threading.Thread(target=worker, args=(t, stats[t])) for t in range(N_THREADS)]
for th in threads:
    th.start()
made.wait()
print("references per object:", weakref.getweakrefcount(objs[0]))
go.set()
# drop the objects from the main thread while the workers call and make references to them
for i in range(N_OBJ):
    objs[i] = None
stop.set()
for th in threads:
    th.join()
print("bad results:", sum(s["bad"] for s in stats))
print("workers saw live and dead referents:", all(s["alive"] + s["dead"] > 0 for s in stats))
print("kept references dead:", [s["kept_dead"] for s in stats])
print("kept callbacks cleared:", [s["kept_callbacks"] for s in stats])
print("callbacks per object:", sorted(set(fired)), "total", sum(fired))
print("__del__ per object:", sorted(set(deleted)), "total", sum(deleted))
print("basic references dead:", sum(1 for r in basic if r() is None))
