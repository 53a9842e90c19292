# Checks ModuleNotFoundError/ImportError/AttributeError for missing modules and names; ends uncaught.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name =", e.name)
try:
    from mod_counter import does_not_exist
except ImportError as e:
    print(type(e).__name__, "name =", e.name, "| mentions module:", "mod_counter" in str(e))
import mod_counter
try:
    mod_counter.nothing_here
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.no_function
except AttributeError as e:
    print("AttributeError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
import no_such_module_at_all
