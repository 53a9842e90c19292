# heapq on pseudo-random data (an LCG): heap layouts, pops equal sorted(), nsmallest/nlargest/merge, stability
import heapq

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 16) % n


data = [rand(100) for _ in range(40)]
print(data)
h = list(data)
heapq.heapify(h)
print(h)
h2 = []
for x in data:
    heapq.heappush(h2, x)
print(h2)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data), h)

for size in (0, 1, 2, 7, 100, 1000):
    values = [rand(50) for _ in range(size)]
    heap = list(values)
    heapq.heapify(heap)
    assert all(heap[k] <= heap[c] for k in range(len(heap)) for c in (2 * k + 1, 2 * k + 2) if c < len(heap))
    out = []
    while heap:
        out.append(heapq.heappop(heap))
    print(size, out == sorted(values), heapq.nsmallest(3, values), heapq.nlargest(3, values))

# equal priorities: the heap layout decides which payload comes out first
class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return '%s:%d' % (self.name, self.prio)


jobs = []
for i in range(20):
    heapq.heappush(jobs, Job(rand(4), 'j%d' % i))
print(jobs)
print([heapq.heappop(jobs) for _ in range(20)])

h = [5, 3, 8, 1]
heapq.heapify(h)
print(heapq.heapreplace(h, 9), h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 4), h)
for fn, args in ((heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1))):
    try:
        fn(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(heapq.heappushpop([], 7))

words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'plum', 'lime', 'cherry']
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
print(heapq.nsmallest(1, words), heapq.nlargest(1, words, key=len), heapq.nsmallest(0, words), heapq.nlargest(-1, words))
print(heapq.nsmallest(3, iter(words)), heapq.nlargest(20, iter(words), key=lambda w: w[-1]))
print(heapq.nsmallest(2, []), heapq.nlargest(1, iter([])))

a = sorted(rand(30) for _ in range(10))
b = sorted(rand(30) for _ in range(7))
c = sorted(rand(30) for _ in range(12))
merged = list(heapq.merge(a, b, c))
print(merged == sorted(a + b + c), merged)
print(list(heapq.merge(sorted(words, key=len), ['aa', 'bbbbbbb'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
