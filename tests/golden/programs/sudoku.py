# Checks a constraint-propagating backtracking Sudoku solver on a fixed puzzle.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    rows = [r for r in text.split() if r]
    return [[0 if ch == "." else int(ch) for ch in r] for r in rows]

def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]

calls = 0
def solve(g):
    global calls
    calls += 1
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cand = candidates(g, r, c)
                if not cand:
                    return False
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for v in cand:
        g[r][c] = v
        if solve(g):
            return True
    g[r][c] = 0
    return False

def valid(g):
    groups = [set(row) for row in g]
    groups += [{g[r][c] for r in range(9)} for c in range(9)]
    groups += [{g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)} for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(s == set(range(1, 10)) for s in groups)

grid = parse(PUZZLE)
print(sum(v == 0 for row in grid for v in row), "empty cells")
print(candidates(grid, 0, 2), candidates(grid, 4, 4))
print(solve(grid), "calls:", calls)
for i, row in enumerate(grid):
    line = " ".join(str(v) for v in row)
    print(line[:5] + " | " + line[6:11] + " | " + line[12:])
    if i in (2, 5):
        print("-" * 21)
print("valid:", valid(grid))
