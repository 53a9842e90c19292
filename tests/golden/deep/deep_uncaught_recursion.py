# Checks an uncaught RecursionError after raising the limit to 20,000 (exit 1, last stderr line).
import sys
sys.setrecursionlimit(20000)
def forever(n):
    return forever(n + 1) + 1
print("going deep")
forever(0)
