# Checks lexicographic string comparison by code point, including non-BMP and case.
words = ["banana", "Apple", "apple", "cherry", "éclair", "Zebra", "", "a", "ab", "😀", "日本", "\U00010000", "\uffff"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, reverse=True))
print("a" < "b" < "ba" < "c", "abc" > "ab", "\uffff" < "\U00010000", "Z" < "a")
print(max(words), min(words[:-1]), "apple" == "apple")
