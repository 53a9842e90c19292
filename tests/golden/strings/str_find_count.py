# Checks find/rfind/index/rindex/count with start/end arguments, and index failure.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("abra"), s.rfind("a", 0, 5), s.rfind("zz"))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("abra"), s.count(""), s.count("a", 3), "aaaa".count("aa"))
print("" .find(""), "abc".count("", 1, 2))
print("bra" in s, "Abra" in s, "" in s)
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print(s.partition("cad"), s.rpartition("a"), s.partition("zz"), s.rpartition("zz"))
