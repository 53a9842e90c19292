# Checks an uncaught ZeroDivisionError raised five frames deep after partial output.
def ratio(a, b):
    return a / b
def normalise(values):
    total = sum(values)
    return [ratio(v, total) for v in values]
def report(groups):
    for name, values in groups:
        print(name, normalise(values))
def main():
    report([("first", [1, 3]), ("second", [2, 2, 4]), ("empty", [0, 0]), ("never", [1])])
main()
