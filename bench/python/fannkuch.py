"""Fannkuch-redux: for every permutation of 1..n, count the pancake flips
needed until 1 comes first; report the maximum and a signed checksum.

Exercises: list indexing and slicing, slice assignment with reversal,
while-loops, small-int arithmetic.  Arguments: n (the permutation length, default 9)
and the number of repetitions (default 3).
"""
import sys


def fannkuch(n):
    perm1 = list(range(n))      # current permutation, generated in counting order
    count = [0] * n             # mixed-radix counter driving the rotations
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        # Count the flips of a copy of the current permutation.
        if perm1[0] != 0:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k != 0:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign > 0 else -flips
        sign = -sign
        # Next permutation: rotate the first r+1 elements left until a counter
        # digit does not wrap.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    checksum, flips = fannkuch(n)
    for _ in range(repeat - 1):
        if fannkuch(n) != (checksum, flips):
            print("fannkuch: repeated run gave a different result")
            sys.exit(1)
    print("fannkuch n=%d checksum=%d max_flips=%d" % (n, checksum, flips))


main()
