# Checks non-BMP strings with slicing, find, replace, split, padding and comparisons.
s = "a😀b😁c😂"
print(len(s), s[1], s[3], s[5], s[1::2], s[::2])
print(s.find("😁"), s.rfind("😂"), s.replace("😀", ":)"), s.split("😁"))
print(s.center(10, "*"), len(s.center(10, "*")), s.ljust(8, "😎"))
print([ord(c) for c in s])
print("😀" < "😁", "😀" > "z", max(s), min(s))
e = "e\u0301"
print(e, len(e), e == "é", [hex(ord(c)) for c in e])
print("🇯🇵", len("🇯🇵"), "👍🏽", len("👍🏽"))
