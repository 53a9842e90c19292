# Checks format specs built at run time and nested replacement fields.
data = [3.14159, 2.71828, 1.41421]
for prec in range(4):
    spec = f".{prec}f"
    print(spec, [format(x, spec) for x in data])
for width in (4, 8):
    for align in "<^>":
        print(f"[{'ab':{align}{width}}]", "[{:{}{}}]".format("ab", align, width))
print("{:{fill}>{w}}".format(7, fill="0", w=5), f"{7:0>{2 + 3}}")
