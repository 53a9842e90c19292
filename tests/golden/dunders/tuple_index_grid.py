# Checks a matrix-like class with tuple indexing via __getitem__/__setitem__ and __iter__ over rows.
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [fill] * (w * h)
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v
    def __iter__(self):
        for y in range(self.h):
            yield self.cells[y * self.w:(y + 1) * self.w]
    def __len__(self):
        return self.w * self.h
g = Grid(3, 2)
g[0, 0] = 1
g[2, 1] = 9
g[1, 1] += 4
for row in g:
    print(row)
print(g[2, 1], len(g), sum(sum(r) for r in g))
try:
    g[5]
except TypeError as e:
    print("TypeError:", e)
