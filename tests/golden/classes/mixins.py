# Checks mixin classes combined with multiple inheritance and super() chains of __init__.
class JsonMixin:
    def to_json(self):
        parts = []
        for k, v in self.__dict__.items():
            parts.append(f'"{k}": {v!r}'.replace("'", '"'))
        return "{" + ", ".join(parts) + "}"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        for k, v in kw.items():
            setattr(self, k, v)
class LogInit:
    def __init__(self, **kw):
        print("LogInit.__init__")
        super().__init__(**kw)
class User(JsonMixin, EqMixin, LogInit, Base):
    pass
u = User(name="ann", age=3)
print(u.to_json(), u == User(name="ann", age=3), u == User(name="bob", age=3))
print([c.__name__ for c in User.__mro__])
print(User.__hash__)
