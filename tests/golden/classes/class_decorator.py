# Checks class decorators that add methods and register classes.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@register
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
print(Item("bolt", 5), list(registry), registry["Item"] is Item)
