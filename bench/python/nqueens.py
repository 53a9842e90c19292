"""N-queens by brute force: try every permutation of column positions and
keep those whose diagonals are all distinct.

Exercises: generators (a hand-written permutation generator yielding tuples),
generator expressions, set construction, len(), tuple building.
Argument: the board size (default 8; the count is repeated to fill time).
"""
import sys


def permutations(items):
    """Yield every ordering of `items` as a tuple, in lexicographic index order.

    Iterative (no recursion): keeps an index array and applies the classic
    next-permutation step (find pivot, swap with successor, reverse suffix).
    """
    pool = tuple(items)
    n = len(pool)
    idx = list(range(n))
    while True:
        yield tuple([pool[i] for i in idx])
        i = n - 2
        while i >= 0 and idx[i] >= idx[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while idx[j] <= idx[i]:
            j -= 1
        idx[i], idx[j] = idx[j], idx[i]
        idx[i + 1:] = idx[:i:-1]


def solutions(n):
    cols = range(n)
    for vec in permutations(cols):
        if (n == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 24
    count = 0
    checksum = 0
    for _ in range(repeat):
        found = list(solutions(n))
        count = len(found)
        checksum = 0
        for vec in found:
            for c in vec:
                checksum = (checksum * 31 + c) % 1000000007
    first = found[0] if found else ()
    print("nqueens n=%d solutions=%d first=%s checksum=%d" % (n, count, first, checksum))


main()
