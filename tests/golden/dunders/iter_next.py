# Checks __iter__/__next__ iterator classes, iterables returning fresh iterators, and StopIteration.
class CountDown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(CountDown(3)))
c = CountDown(2)
print(next(c), next(c), next(c, "exhausted"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), [a * b for a in r for b in r])
it = iter(r)
print(type(it).__name__, next(it), iter(it) is it)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
