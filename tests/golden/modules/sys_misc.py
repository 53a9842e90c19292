# Checks miscellaneous sys attributes with deterministic values: maxsize, modules, stdout/stderr objects.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, hasattr(sys.stdin, "read"))
print(isinstance(sys.path, list), sys.byteorder in ("little", "big"), type(sys.version_info[0]).__name__)
print(sys.float_info.max, sys.int_info.bits_per_digit in (15, 30))
