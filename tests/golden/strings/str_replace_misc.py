# Checks replace with count, expandtabs, zfill, center/ljust/rjust, removeprefix/removesuffix.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("", "-"), s.replace("x", "y"), "aaa".replace("a", "", 1))
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), repr("\t".expandtabs(2)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "hi".center(7) + "]", "[" + "hi".center(6, "*") + "]", "[" + "x".ljust(3, "-") + "]", "[" + "x".rjust(3) + "]")
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "abc".removeprefix("z"))
print("Hello" * 3, 0 * "x" == "", -1 * "x" == "", "ab" + "cd")
print(min("hello"), max("hello"), sorted("hello"), list(reversed("abc")))
