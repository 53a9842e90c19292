# Checks unicode strings: non-BMP characters count as one, ord/chr, indexing and reversal.
s = "héllo wörld 😀 日本"
print(s, len(s))
print(len("😀"), len("😀😀"), ord("😀"), hex(ord("😀")), chr(128512), chr(0x1F601))
print(s[12], s[-2:], s[::-1])
print([c for c in "a😀b"], list("日本語"))
print("😀" in s, s.find("😀"), s.index("日"), s.count("ö"))
print("😀".upper(), "ÀÉÎ".lower(), "straße".upper(), len("straße".upper()))
print(ord("A"), ord("é"), ord("€"), chr(65), chr(233), chr(8364), repr(chr(0x10FFFF)))
print(sorted(["b", "a", "é", "😀", "Z", "日"]))
print("😀" * 3, "-".join("😀😁"), "a😀b".split("😀"), "x😀"[1:])
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
