# Checks sets of tuples of ints for visited-state tracking in a grid walk (BFS).
grid = ["....#", ".##.#", "...#.", "#....", "....."]
start, goal = (0, 0), (4, 4)
seen = {start}
frontier = [start]
steps = 0
found = False
while frontier and not found:
    nxt = []
    for (r, c) in frontier:
        if (r, c) == goal:
            found = True
            break
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < 5 and 0 <= nc < 5 and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                nxt.append((nr, nc))
    if not found:
        frontier = nxt
        steps += 1
print("found", found, "steps", steps, "visited", len(seen))
print(sorted(seen)[:6])
