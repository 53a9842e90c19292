# Checks a three-level implicit context chain and walking __context__ links.
def chain():
    try:
        try:
            raise ValueError("one")
        except ValueError:
            raise KeyError("two")
    except KeyError:
        raise IndexError("three")
try:
    chain()
except IndexError as e:
    cur = e
    while cur is not None:
        print(type(cur).__name__, cur.args, cur.__suppress_context__)
        cur = cur.__context__
