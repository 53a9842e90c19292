"""Skein's heapq module: binary min-heaps on plain lists.

heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k, so heap[0] is the
smallest item. Items are compared with < only. The sift steps are the ones CPython
uses, so a heap built by the same calls has the same layout as in CPython (which
decides the order in which equal items come out).
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, what):
    # CPython's heap functions are written in C and only accept real lists.
    if not isinstance(heap, list):
        raise TypeError("%s must be list, not %s" % (what, type(heap).__name__))


def _bubble_up(heap, top, pos):
    """Moves heap[pos] up towards index top until its parent is not greater."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Restores the heap below pos after heap[pos] was replaced.

    The hole at pos is first moved all the way down along the smaller children, then the
    item is bubbled up from the bottom: items that replace the root usually belong near
    the bottom, so this needs fewer comparisons than stopping on the way down.
    """
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def heappush(heap, item):
    """Adds item to the heap."""
    _check_list(heap, "heappush() argument 1")
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Removes and returns the smallest item."""
    _check_list(heap, "heappop() argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pops the smallest item and pushes item, in one step (the result may be > item)."""
    _check_list(heap, "heapreplace() argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Pushes item and then pops the smallest item, in one step."""
    _check_list(heap, "heappushpop() argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Rearranges the list x into a heap, in place, in linear time."""
    _check_list(x, "heapify() argument")
    # Leaves are heaps already; fix every parent, deepest first.
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos)


# Max-heap versions, used by nsmallest (and by CPython's merge with reverse=True).

def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


def _heapify_max(x):
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, pos)


def _heappop_max(heap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merges sorted iterables into one sorted iterator (a stable merge).

    Each entry of the heap is [sort key, source number, current item, iterator]; the source
    number breaks ties, so equal items come out in the order of the iterables, and the
    items themselves are never compared with each other.
    """
    entries = []
    # Sorting by source number backwards under reverse keeps ties in iterable order.
    direction = -1 if reverse else 1
    for number, iterable in zip(range(len(iterables)), iterables):
        it = iter(iterable)
        for first in it:
            entries.append([first if key is None else key(first), number * direction,
                            first, it])
            break
    if reverse:
        _heapify_max(entries)
        replace = _heapreplace_max
        pop = _heappop_max
    else:
        heapify(entries)
        replace = heapreplace
        pop = heappop
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        for item in entry[3]:
            entry[0] = item if key is None else key(item)
            entry[2] = item
            replace(entries, entry)
            break
        else:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first; equal to sorted(iterable, key=key)[:n]."""
    if n == 1:
        nothing = object()
        found = min(iterable, default=nothing, key=key)
        return [] if found is nothing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # Keep the n best seen so far in a max-heap of (key, arrival, item): its top is the one
    # to evict. The arrival number keeps the result stable and spares comparing items.
    it = iter(iterable)
    best = []
    for order, item in zip(range(n), it):
        best.append((item if key is None else key(item), order, item))
    if not best:
        return []
    _heapify_max(best)
    worst = best[0][0]
    order = n
    for item in it:
        k = item if key is None else key(item)
        if k < worst:
            _heapreplace_max(best, (k, order, item))
            worst = best[0][0]
            order += 1
    best.sort()
    return [entry[2] for entry in best]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first; equal to sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        nothing = object()
        found = max(iterable, default=nothing, key=key)
        return [] if found is nothing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A min-heap of the n best; arrivals are numbered downwards so that, with the final
    # reverse sort, earlier items win ties.
    it = iter(iterable)
    best = []
    for order, item in zip(range(0, -n, -1), it):
        best.append((item if key is None else key(item), order, item))
    if not best:
        return []
    heapify(best)
    worst = best[0][0]
    order = -n
    for item in it:
        k = item if key is None else key(item)
        if worst < k:
            heapreplace(best, (k, order, item))
            worst = best[0][0]
            order -= 1
    best.sort(reverse=True)
    return [entry[2] for entry in best]
