# Checks AttributeError messages for instances and classes; ends with an uncaught one.
class Robot:
    def __init__(self):
        self.name = "r2"
r = Robot()
try:
    r.age
except AttributeError as e:
    print("AttributeError:", e)
try:
    Robot.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "age", "default age"))
r.walk()
