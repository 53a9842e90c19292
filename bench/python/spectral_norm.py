"""Spectral norm: the largest singular value of the infinite matrix
A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), by power iteration on A^T A.

Exercises: float division in nested loops, function calls with several
arguments, list comprehensions, zip.  Argument: the matrix dimension.
"""
import sys


def a_entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def dot_row(i, u, n):
    # Not sum(): CPython 3.12+ sums floats with compensation, 3.11 does not.
    acc = 0.0
    for x in [a_entry(i, j) * u[j] for j in range(n)]:
        acc += x
    return acc


def mul_a(u):
    n = len(u)
    return [dot_row(i, u, n) for i in range(n)]


def mul_at(u):
    n = len(u)
    out = []
    for i in range(n):
        acc = 0.0
        for j, uj in enumerate(u):
            acc += a_entry(j, i) * uj
        out.append(acc)
    return out


def mul_ata(u):
    return mul_at(mul_a(u))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_ata(u)
        u = mul_ata(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("spectral_norm n=%d norm=%.9f" % (n, (vbv / vv) ** 0.5))


main()
