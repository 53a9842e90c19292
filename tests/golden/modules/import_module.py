# Checks 'import mod': module body runs once, attribute access, module __name__, module globals.
print("before import")
import mod_geometry
print("after first import")
import mod_geometry
print("after second import (no re-execution)")
print(mod_geometry.area(3, 4), mod_geometry.area(1, 1), mod_geometry.calls())
c = mod_geometry.Circle(2)
print(c, c.area(), mod_geometry.PI_ROUGH, mod_geometry.not_exported)
print(mod_geometry.__name__, type(mod_geometry).__name__, __name__)
mod_geometry.PI_ROUGH = 3
print(c.area())
import sys
print("mod_geometry" in sys.modules, sys.modules["mod_geometry"] is mod_geometry)
