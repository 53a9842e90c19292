# Checks building an aligned text table with ljust/rjust and len-based widths.
rows = [("name", "qty", "price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("kiwi", 12, 0.2)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
print(widths)
for r in rows:
    cells = []
    for i, v in enumerate(r):
        s = str(v)
        cells.append(s.rjust(widths[i]) if isinstance(v, (int, float)) else s.ljust(widths[i]))
    print("| " + " | ".join(cells) + " |")
print("+" + "+".join("-" * (w + 2) for w in widths) + "+")
