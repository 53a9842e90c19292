# Checks class attribute lookup order, shadowing by instances, mutable class attributes and deletion.
class Config:
    options = []
    level = 1
a = Config()
b = Config()
a.options.append("shared!")
a.level = 5
print(b.options, a.level, b.level, Config.level)
del a.level
print(a.level)
Config.level = 9
print(a.level, b.level)
class Child(Config):
    level = 100
c = Child()
print(c.level, c.options is Config.options)
del Child.level
print(c.level)
try:
    del c.level
except AttributeError as e:
    print("AttributeError:", e)
