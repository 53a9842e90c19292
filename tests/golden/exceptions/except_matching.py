# Checks except clause matching: tuples, base classes, order of clauses and bare except.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "exception " + type(e).__name__
    except:
        return "bare"
for exc in [KeyError("a"), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError(), KeyboardInterrupt(), SystemExit(3), GeneratorExit()]:
    print(classify(exc))
def name_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return "NameError: " + str(e)
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(name_cleared())
