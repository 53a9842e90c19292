# Checks a hand-written binary heap (push/pop/heapify), heap sort, a stable priority queue, and Dijkstra.
class Heap:
    def __init__(self, items=()):
        self.a = list(items)
        for i in range(len(self.a) // 2 - 1, -1, -1):
            self._down(i)
    def __len__(self):
        return len(self.a)
    def push(self, x):
        self.a.append(x)
        self._up(len(self.a) - 1)
    def pop(self):
        if not self.a:
            raise IndexError("pop from empty heap")
        last = self.a.pop()
        if not self.a:
            return last
        top, self.a[0] = self.a[0], last
        self._down(0)
        return top
    def peek(self):
        return self.a[0]
    def _up(self, i):
        while i > 0:
            p = (i - 1) // 2
            if self.a[i] < self.a[p]:
                self.a[i], self.a[p] = self.a[p], self.a[i]
                i = p
            else:
                break
    def _down(self, i):
        n = len(self.a)
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < n and self.a[l] < self.a[m]:
                m = l
            if r < n and self.a[r] < self.a[m]:
                m = r
            if m == i:
                return
            self.a[i], self.a[m] = self.a[m], self.a[i]
            i = m

data = [9, 4, 7, 1, 8, 2, 2, 6, 3, 0, 5]
h = Heap(data)
print(h.a, h.peek(), len(h))
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

class PriorityQueue:
    def __init__(self):
        self.heap = Heap()
        self.counter = 0
    def put(self, priority, item):
        self.heap.push((priority, self.counter, item))
        self.counter += 1
    def get(self):
        return self.heap.pop()[2]
    def __bool__(self):
        return len(self.heap) > 0

pq = PriorityQueue()
for prio, task in [(2, "write"), (1, "plan"), (3, "ship"), (2, "test"), (1, "coffee")]:
    pq.put(prio, task)
order = []
while pq:
    order.append(pq.get())
print(order)

graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {},
}
def dijkstra(start):
    dist = {start: 0}
    prev = {}
    heap = Heap([(0, start)])
    done = set()
    while len(heap):
        d, u = heap.pop()
        if u in done:
            continue
        done.add(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(sorted(dist.items()))
def path(to):
    p = [to]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return "->".join(reversed(p))
print(path("E"), path("D"), "G" in dist)
big = Heap([(i * 7919) % 1000 for i in range(1000)])
out = [big.pop() for _ in range(1000)]
print(out == sorted(out), out[:5], out[-3:])
