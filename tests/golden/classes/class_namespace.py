# Checks class body execution: statements run once at definition, class-level loops and names.
print("before class")
class Registry:
    print("executing class body")
    items = []
    for i in range(3):
        items.append(i * i)
    del i
    total = sum(items)
    def method(self):
        return Registry.total
print("after class")
print(Registry.items, Registry.total, Registry().method(), hasattr(Registry, "i"))
def make_class(n):
    class Dyn:
        value = n
        def get(self):
            return self.value
    return Dyn
C1, C2 = make_class(1), make_class(2)
print(C1().get(), C2().get(), C1 is C2, C1.__qualname__)
T = type("T", (object,), {"x": 5, "double": lambda self: self.x * 2})
print(T().double(), T.__name__, T.__bases__)
