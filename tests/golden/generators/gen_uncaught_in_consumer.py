# Checks an exception raised inside a generator propagating uncaught through the consuming loop.
def readings():
    for v in ["21.5", "22.0", "n/a", "23.1"]:
        yield float(v)
total = 0.0
for r in readings():
    total += r
    print("reading", r, "total", total)
