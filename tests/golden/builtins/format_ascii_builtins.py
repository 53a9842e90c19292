# Checks format(), ascii() and repr() builtins against each other for several values.
for v in [42, 3.5, "text", [1, 2], None, True]:
    print(format(v), "|", ascii(v), "|", repr(v), "|", format(v, "") == str(v))
print(format(42, "*^8"), format(3.5, "e"), format("é", ">3"), ascii("é"))
