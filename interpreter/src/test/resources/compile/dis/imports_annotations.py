"""Module docstring."""
import sys
import os.path
import xml.dom.minidom as md
from . import sibling
from ..pkg.mod import (a as b, c)
from math import *
x: int = 5
y: "str"
z.attr: int
w[0]: float = 1.0
def f(a: int, b: "B" = None, *args: str, k: bool, **kw: dict) -> list:
    local: int = 1
    return local
class C:
    field: int
    other: str = "s"
global g
print(__doc__, sys.argv, os.path.sep, md)
