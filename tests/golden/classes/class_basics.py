# Checks class definition, instances, instance vs class attributes, methods and __dict__.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self, sound="woof"):
        return f"{self.name} says {sound}"
a = Dog("rex")
b = Dog("fido")
print(a.speak(), b.speak("arf"), Dog.count, a.species, Dog.species)
a.species = "override"
print(a.species, b.species, Dog.species, a.__dict__, sorted(vars(b)))
print(type(a).__name__, type(a) is Dog, isinstance(a, Dog), Dog.__name__, Dog.__qualname__)
m = a.speak
print(m(), m.__name__, m.__self__ is a, Dog.speak(b, "grr"))
print(Dog.__dict__["species"], "speak" in Dog.__dict__, Dog.__module__)
