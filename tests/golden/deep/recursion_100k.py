# Checks a 100,000-deep Python recursion after sys.setrecursionlimit(200000).
import sys
sys.setrecursionlimit(200000)
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(100000))
def build(n):
    return [] if n == 0 else [n, build(n - 1)]
def length(lst):
    return 0 if not lst else 1 + length(lst[1])
chain = build(50000)
print(length(chain), chain[0], chain[1][0])
def sum_to(n, acc=0):
    return acc if n == 0 else sum_to(n - 1, acc + n)
print(sum_to(100000))
