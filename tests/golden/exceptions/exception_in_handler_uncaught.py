# Checks an exception raised inside an except block propagating uncaught (exit 1, chained traceback).
def parse(s):
    try:
        return int(s)
    except ValueError:
        print("could not parse", repr(s), "- trying fallback")
        return {"one": 1}[s]
print(parse("12"))
print(parse("one"))
print(parse("two"))
