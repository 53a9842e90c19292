# Checks deep mutual recursion (60,000 frames) between two functions and a method.
import sys
sys.setrecursionlimit(100000)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(60000), is_odd(60001), is_even(59999))
class Counter:
    def __init__(self):
        self.calls = 0
    def down(self, n):
        self.calls += 1
        return n if n == 0 else self.down(n - 1)
c = Counter()
print(c.down(30000), c.calls)
