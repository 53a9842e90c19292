# Helper module (not a program): shapes and functions imported by the import_* programs.
print("mod_geometry: executing module body")
__all__ = ["area", "Circle", "PI_ROUGH"]
PI_ROUGH = 3.14
_private_counter = 0
def area(w, h):
    global _private_counter
    _private_counter += 1
    return w * h
def calls():
    return _private_counter
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return PI_ROUGH * self.r ** 2
    def __repr__(self):
        return f"Circle({self.r})"
not_exported = "only via module attribute"
if __name__ == "__main__":
    print("this never runs on import")
