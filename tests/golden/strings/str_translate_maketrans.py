# Checks str.maketrans/translate with dict and strings, plus deletion.
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, "c": "33"})
print("abcabc".translate(table2))
table3 = str.maketrans("ab", "AB", "xyz")
print("a-x-b-y-z".translate(table3))
print(sorted(str.maketrans("ab", "cd").items()))
print("hello".translate({ord("l"): "L", ord("o"): None}))
