# Checks % formatting edge cases: floats as %d, big ints, %s on None, padding with strings.
print("%d" % 3.99, "%d" % -3.99, "%d" % 2 ** 70, "%x" % 2 ** 70)
print("%s|%5s|%-5s|%.2s" % (None, "ab", "ab", "abcdef"))
print("%5.1f%%" % 99.55, "%.0f" % 0.5, "%.0f" % 1.5, "%.3e" % 0)
print("%(a)s-%(a)s" % {"a": 1})
print("%%" % (), "100%% sure" % ())
print("%-8s|%8s|" % ("left", "right"))
print("%o" % -8, "%x" % -255, "%#X" % 255)
