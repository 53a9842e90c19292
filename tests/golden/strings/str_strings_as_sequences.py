# Checks sequence operations on strings: in, len, min/max, enumerate, zip, sorted, count.
s = "mississippi"
print(len(s), s.count("ss"), s.count("i"), sorted(s), "".join(sorted(s)))
print(list(enumerate("abc")), list(zip("abc", "123")))
print(s.index("ss"), s.rindex("ss"), s.find("ss", 3))
uniq = ""
for c in s:
    if c not in uniq:
        uniq += c
print(uniq)
print(s.upper().lower() == s, s[::-1] == s, "racecar"[::-1] == "racecar")
print(tuple("ab"), list("") == [], "x".join("") == "")
