# Checks that exceeding a raised recursion limit gives a catchable RecursionError, and recovery afterwards.
import sys
sys.setrecursionlimit(50000)
deepest = 0
def dive(n):
    global deepest
    deepest = n
    return dive(n + 1)
try:
    dive(1)
except RecursionError as e:
    print("RecursionError:", e)
print("deepest between 49000 and 50000:", 49000 < deepest <= 50000)
def ok(n):
    return n if n == 0 else ok(n - 1)
print(ok(40000))
try:
    dive(1)
except RecursionError:
    print("second overflow caught too")
print("still running")
