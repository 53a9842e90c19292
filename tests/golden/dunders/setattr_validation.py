# Checks __setattr__ used for validation and frozen objects; ends with an uncaught AttributeError.
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field '{name}'")
    def __repr__(self):
        return "Frozen(" + ", ".join(f"{k}={v}" for k, v in vars(self).items()) + ")"
f = Frozen(a=1, b=2)
print(f, f.a)
try:
    f.a = 5
except AttributeError as e:
    print("AttributeError:", e)
print(f)
f.c = 3
