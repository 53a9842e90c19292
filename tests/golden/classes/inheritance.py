# Checks single inheritance: overriding, super().__init__, isinstance/issubclass, attribute lookup.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} is a {self.kind} that says {self.sound()}"
    def sound(self):
        return "..."
class Cat(Animal):
    kind = "cat"
    def sound(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def sound(self):
        return super().sound().upper() + "!"
for a in [Animal("generic"), Cat("tom"), Lion("leo", "north")]:
    print(a.describe())
l = Lion("simba", "south")
print(l.pride, isinstance(l, Animal), issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Lion, Lion))
print(Lion.__bases__, Lion.__base__.__name__, [c.__name__ for c in Lion.__mro__])
print(issubclass(Lion, (int, Cat)), isinstance(l, (str, Animal)), issubclass(bool, object))
