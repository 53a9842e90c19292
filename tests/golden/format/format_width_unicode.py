# Checks padding of non-ASCII and non-BMP strings in formats (width counts code points).
for s in ["a", "é", "日本", "😀", "a😀b"]:
    print(f"[{s:>6}] [{s:<6}] [{s:^6}] [{s:*^7}]", "[%6s]" % s, "[{:>6}]".format(s))
