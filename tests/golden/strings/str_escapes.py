# Checks escape sequences in literals and the repr quoting rules.
print("a\nb")
print("tab:\t|", "bell-free:\\a", "null:\0|".replace("\0", "<NUL>"))
print(repr("a\nb\tc\\d"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x1f\x7f"))
print("\x41\x42", "\101\102", "\u00e9", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}")
print(repr("\u00e9"), repr("\u200b"), repr("\U0001F600"), repr("\xa0"), repr("\x85"), repr("\ud800" if False else "ok"))
print(len("\n"), len(r"\n"), r"C:\dir\new", len("\x00"))
print('''multi
line''', """another
one""")
print("\\n is", repr("\\n"))
