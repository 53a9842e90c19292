# Checks that bool formats like int when a spec is given but as True/False without one.
for v in (True, False):
    print(f"{v}|{v!s:>6}|{v:>6}|{v:d}|{v:x}|{v:.1f}|{v:05}|{str(v):5}|")
    print(format(v), format(v, ""), "%s %d %r" % (v, v, v), "{} {:d}".format(v, v))
print(f"{None}|{None!r:>6}|{str(None):^8}|")
try:
    print(f"{None:>6}")
except TypeError as e:
    print("TypeError:", e)
