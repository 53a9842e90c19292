# Checks a hand-written LRU cache on dict insertion order, with stats and use as a memoizing decorator.
class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"LRU({list(self.data.items())})"

    def stats(self):
        return {"hits": self.hits, "misses": self.misses, "evictions": self.evictions}

c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
print(c.get("a"), c)
c.put("d", "D")
print(c, "b" in c)
print(c.get("b", "gone"), c.get("c"), c)
c.put("a", "AA")
c.put("e", "E")
print(c, len(c), c.stats())

def lru_memo(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        def wrapper(*args):
            hit = cache.get(args, wrapper)
            if hit is not wrapper:
                return hit
            result = fn(*args)
            cache.put(args, result)
            return result
        wrapper.cache = cache
        return wrapper
    return deco

@lru_memo(capacity=50)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache.stats(), len(fib.cache))

@lru_memo(capacity=2)
def slow_square(x):
    print("  computing", x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    print(x, slow_square(x))
print(slow_square.cache.stats())
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
