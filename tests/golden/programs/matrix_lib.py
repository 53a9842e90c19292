# Checks a small integer/float matrix library built on dunders: +, -, *, @, **, ==, indexing, repr.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        cells = [[str(v) for v in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def _check_same(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError(f"shape mismatch: {self.n}x{self.m} vs {other.n}x{other.m}")

    def __add__(self, other):
        self._check_same(other)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[v * k for v in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def __neg__(self):
        return self * -1

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise ValueError("determinant needs a square matrix")
        if self.n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]) if self.n > 1 else None
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(repr(a + b), repr(a - b), repr(2 * a), repr(a * 0.5))
print(a @ b)
print(repr(a @ Matrix.identity(2)), a @ Matrix.identity(2) == a, a == b, a != b)
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10)[0, 1], (fib ** 90)[0, 1])
print(a.transpose(), sep="")
print(a.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix.identity(4).det())
m = Matrix.zeros(2, 3)
m[1, 2] = 7
print(m)
print(repr(-m), repr(m.transpose() @ m))
for bad in [lambda: a + m, lambda: a @ m.transpose() @ a, lambda: Matrix([[1], [2, 3]]), lambda: m.det(), lambda: a * a]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
