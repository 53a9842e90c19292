# Checks 'in' falling back from __contains__ to __iter__ to __getitem__.
class WithContains:
    def __contains__(self, x):
        return x == "magic"
class WithIter:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
print("magic" in WithContains(), "other" in WithContains(), 2 in WithIter(), 16 in WithGetitem(), 5 in WithGetitem())
class NoneOfThem:
    pass
try:
    1 in NoneOfThem()
except TypeError as e:
    print("TypeError:", e)
