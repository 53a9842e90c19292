# Checks sys.getrecursionlimit/setrecursionlimit: effect on recursion depth and invalid values.
import sys
old = sys.getrecursionlimit()
print("default", old)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
d = depth(0)
print("limit 200 reached depth in (150, 200]:", 150 < d <= 200)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
d = depth(0)
print("limit 5000 reached depth in (4900, 5000]:", 4900 < d <= 5000)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
