# Checks function objects: __name__, __qualname__, __doc__, __defaults__, custom attributes, __code__ basics.
def documented(a, b=2, *args, c, d=4, **kw):
    """This is the docstring."""
    local_var = a
    return local_var
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
co = documented.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames[:6])
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__module__)
documented.custom = "attr"
print(documented.custom, callable(documented), type(documented).__name__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__)
