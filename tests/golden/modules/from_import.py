# Checks 'from mod import name', 'import mod as alias', 'from mod import *' honouring __all__.
from mod_geometry import area, Circle as C
import mod_geometry as g
print(area(2, 5), C(1), g.calls(), g.area is area)
from mod_geometry import *
print(PI_ROUGH, "not_exported" in dir(), "_private_counter" in dir(), "calls" in dir())
from mod_geometry import PI_ROUGH as pr
g.PI_ROUGH = 99
print(pr, g.PI_ROUGH, PI_ROUGH)
import math as m, sys as s
print(m.floor(2.5), s.maxsize > 2 ** 31)
