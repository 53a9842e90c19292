# Checks an uncaught ValueError raised in __init__ during object construction via a factory.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"negative kelvin: {kelvin}")
        self.kelvin = kelvin
def make_all(values):
    return [Temperature(v) for v in values]
print(len(make_all([1, 2, 3])))
print(len(make_all([5, -1])))
