# Checks printf-style % formatting with tuples, dicts, widths, flags and conversions.
print("%s and %s" % ("a", "b"), "%d%%" % 50, "%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %10.3f %-10.1f| %e %g %G" % (3.14159, 2.5, 1.25, 12345.678, 0.00001234, 1e20))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%r %s %a" % ("é", "é", "é"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%c%c" % (65, "b"), "%i" % 7.9, "%d" % True, "%s" % [1, 2])
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%+d %+d % d" % (5, -5, 5))
print("%s" % (("tuple",),), "%s" % "single", "%s %s" % ("a", 1))
for args in [("x",), ("x", "y", "z")]:
    try:
        print("%s %s" % args)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
