# WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize shared by 4 threads whose values die on whichever thread drops them last
import threading
import weakref

N_THREADS = 4
PER_THREAD = 250


class Item:
    def __init__(self, t, k):
        self.t = t
        self.k = k


values = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
lock = threading.Lock()
finalized = []
start = threading.Barrier(N_THREADS)
survivors = {}
swapped = [[None] * PER_THREAD for _ in range(N_THREADS)]


def note(t, k):
    with lock:
        finalized.append((t, k))


def worker(t):
    mine = [Item(t, k) for k in range(PER_THREAD)]
    start.wait()
    for it in mine:
        values[(it.t, it.k)] = it
        keys[it] = it.k
        members.add(it)
        weakref.finalize(it, note, it.t, it.k)
    # hand every other item to the next thread, which drops it from there
    nxt = (t + 1) % N_THREADS
    for it in mine[1::2]:
        swapped[nxt][it.k] = it
    keep = mine[::4]
    del mine, it
    start.wait()
    # drop what the previous thread handed over: those items die here, on this thread
    for k in range(PER_THREAD):
        swapped[t][k] = None
    start.wait()
    survivors[t] = keep


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
alive = sum(len(v) for v in survivors.values())
print("alive items:", alive)
print("values:", len(values), "keys:", len(keys), "set members:", len(members))
print("finalized:", len(finalized), "distinct:", len(set(finalized)))
print("finalized per thread:", sorted(sum(1 for (t, k) in finalized if t == u) for u in range(N_THREADS)))
print("every survivor still present:", all((it.t, it.k) in values and it in keys and it in members
                                           for v in survivors.values() for it in v))
print("nothing finalized twice or alive:", not any(k % 4 == 0 for (t, k) in finalized))
survivors.clear()
print("after dropping the survivors:", len(values), len(keys), len(members), len(finalized))
