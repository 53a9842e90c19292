# Checks an n-queens backtracking solver: solution counts for n = 1..8 and the first 8x8 board.
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            yield list(placement)
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            yield from place(row + 1)
            placement.pop()
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c)
    yield from place(0)

def count_bits(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)

for n in range(1, 9):
    sols = list(solve(n))
    print(n, len(sols), count_bits(n), sols[0] if sols else None)
first = next(solve(8))
for r, c in enumerate(first):
    print(" ".join("Q" if i == c else "." for i in range(8)))
print(count_bits(10))
