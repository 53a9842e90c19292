# Checks the order of evaluation in nested comprehensions with side effects.
log = []
def note(tag, v):
    log.append(f"{tag}{v}")
    return v
r = [note("x", x) + note("y", y) for x in range(2) for y in range(note("r", 2)) if note("c", x + y) >= 0]
print(r)
print(log)
first = [note("a", a) for a in range(2)]
print(log[-2:])
