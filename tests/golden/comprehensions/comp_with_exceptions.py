# Checks that exceptions propagate out of comprehensions; ends with an uncaught ZeroDivisionError.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print([safe_div(10, d) for d in [1, 2, 0, 5]])
try:
    print([10 / d for d in [1, 0]])
except ZeroDivisionError as e:
    print("caught:", e)
gen = (10 // d for d in [5, 2, 0, 1])
print(next(gen), next(gen))
print(list(gen))
