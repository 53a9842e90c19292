# Checks __repr__ vs __str__ selection by print, str(), repr(), containers, f-strings and %.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<repr>"
class StrOnly:
    def __str__(self):
        return "StrOnly<str>"
    def __repr__(self):
        return "StrOnly-repr"
b, r = Both(), ReprOnly()
print(b, r, str(b), repr(b), str(r), [b, r], (b,), {b: r} if False else {1: b})
print(f"{b} {b!r} {r}", "%s %r" % (b, b), "{} {!r}".format(r, r))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
    def __repr__(self):
        return "BadStr()"
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(StrOnly(), [StrOnly()])
