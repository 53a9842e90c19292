# queue: FIFO, LIFO and priority order, Empty/Full, qsize/empty/full, timeouts; ends with an uncaught queue.Empty
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (5, 1, 4, 2, 3):
        q.put(x)
    print(cls.__name__, q.qsize(), [q.get() for _ in range(5)], q.empty())

pq = queue.PriorityQueue()
for item in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'first'), (1, 'y')]:
    pq.put(item)
print([pq.get_nowait() for _ in range(5)])

q = queue.Queue(maxsize=2)
print(q.maxsize, q.empty(), q.full())
q.put('a')
q.put_nowait('b')
print(q.qsize(), q.full())
for attempt in (lambda: q.put_nowait('c'), lambda: q.put('c', block=False), lambda: q.put('c', timeout=0.01),
                lambda: q.put('c', True, 0)):
    try:
        attempt()
    except queue.Full as e:
        print('Full', repr(e))
print(q.get(), q.get_nowait(), q.empty())
for attempt in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01), lambda: q.get(True, 0)):
    try:
        attempt()
    except queue.Empty as e:
        print('Empty', repr(e))
for attempt in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-0.5)):
    try:
        attempt()
    except ValueError as e:
        print('ValueError', e)
# a non-blocking get ignores the timeout; an unbounded put ignores it too
try:
    q.get(False, -1)
except queue.Empty:
    print('Empty with block=False')
u = queue.Queue()
u.put(1, timeout=-1)
print(u.get(), u.maxsize)

# task accounting
print(u.unfinished_tasks)
u.task_done()
try:
    u.task_done()
except ValueError as e:
    print('ValueError', e)
u.join()
print('joined with nothing pending')

# a negative maxsize means unbounded
n = queue.Queue(-1)
for i in range(100):
    n.put_nowait(i)
print(n.qsize(), n.full(), sum(n.get() for _ in range(100)))

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.LifoQueue().queue, queue.PriorityQueue().queue)
queue.Queue().get_nowait()
