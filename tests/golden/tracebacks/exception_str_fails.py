# Checks an uncaught exception whose __str__ itself raises: CPython prints '<exception str() failed>'.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")
print("raising Weird")
raise Weird("payload")
