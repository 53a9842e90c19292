# Checks case methods, strip family, startswith/endswith and predicate methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
t = s.strip()
print(t.upper(), t.lower(), t.swapcase(), t.title(), "hello world".capitalize(), "HELLO".capitalize())
print("they're bill's".title(), "ß".upper(), "İ".lower() == "i̇", "ǅ".lower())
print(t.startswith("Hello"), t.endswith("!"), t.startswith(("x", "He")), t.endswith("World", 0, 12), t.startswith("World", 7))
for v in ["abc", "ABC", "Abc", "123", "12.3", "", " ", "a1", "Ab Cd", "\t\n", "²", "ⅷ"]:
    print(repr(v), v.isalpha(), v.isupper(), v.islower(), v.isdigit(), v.isdecimal(), v.isnumeric(), v.isalnum(), v.isspace(), v.istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "a b".isidentifier())
print("hello".casefold(), "ẞ".casefold(), "Hello".isascii(), "héllo".isascii())
