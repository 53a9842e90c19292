# Checks an uncaught exception raised by a user __eq__ during a dict lookup (hash collision).
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if self.name == "bad" or other.name == "bad":
            raise TypeError(f"cannot compare {self.name!r} and {other.name!r}")
        return self.name == other.name
d = {Key("a"): 1, Key("b"): 2}
print(d[Key("a")], d[Key("b")])
print(d[Key("bad")])
