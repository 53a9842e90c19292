# Checks the last traceback line for a KeyError with a tuple key: 'KeyError: (2, 3)'.
grid = {(0, 0): "start", (1, 0): "path"}
for pos in [(0, 0), (1, 0), (2, 3)]:
    print(pos, grid[pos])
