# Checks super() zero-arg and two-arg forms, super in classmethods and skipping a level.
class Base:
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"
class Mid(Base):
    def hello(self):
        return "Mid.hello > " + super().hello()
    @classmethod
    def make(cls):
        return "Mid.make > " + super().make()
class Leaf(Mid):
    def hello(self):
        return "Leaf.hello > " + super(Mid, self).hello()
    def explicit(self):
        return super(Leaf, self).hello()
obj = Leaf()
print(obj.hello())
print(obj.explicit())
print(Leaf.make(), Mid.make())
print(super(Leaf, obj).hello(), super(Base, obj).__class__.__name__)
s = super(Mid, Leaf)
print(s.make())
