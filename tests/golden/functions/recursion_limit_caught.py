# Checks that unbounded recursion raises RecursionError, which can be caught, and the program continues.
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached is between 900 and 1000:", 900 < depth <= 1000)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(800))
