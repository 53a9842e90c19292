# Checks the exception hierarchy: catching by base, BaseException vs Exception, SystemExit not caught by Exception.
import sys
def run(f):
    try:
        f()
    except Exception as e:
        return "Exception caught " + type(e).__name__
    except BaseException as e:
        return "BaseException caught " + type(e).__name__
print(run(lambda: sys.exit(4)))
print(run(lambda: [][1]))
def raise_kbi():
    raise KeyboardInterrupt
print(run(raise_kbi))
def gen_exit():
    raise GeneratorExit
print(run(gen_exit))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException), issubclass(StopAsyncIteration, Exception))
print([c.__name__ for c in FileNotFoundError.__mro__], OSError is IOError, EnvironmentError is OSError)
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print(issubclass(NotImplementedError, RuntimeError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(FloatingPointError, ArithmeticError), issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
