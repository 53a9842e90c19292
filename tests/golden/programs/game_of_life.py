# Checks Conway's Game of Life on a set of live cells (tuples): glider movement and blinker period.
def neighbours(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield (r + dr, c + dc)

def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}

def show(live, rows, cols):
    for r in range(rows):
        print("".join("#" if (r, c) in live else "." for c in range(cols)))

glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
g = glider
for gen in range(5):
    print("generation", gen, "cells", len(g), "min corner", min(g))
    show(g, 6, 6)
    g = step(g)
shifted = {(r + 1, c + 1) for r, c in glider}
cur = glider
for _ in range(4):
    cur = step(cur)
print("glider moved by (1,1) after 4 steps:", cur == shifted)
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker)
print(sorted(b1), step(b1) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block) == block)
rpent = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
cur = rpent
sizes = []
for i in range(60):
    cur = step(cur)
    sizes.append(len(cur))
print(sizes[:10], sizes[-5:], max(sizes))
