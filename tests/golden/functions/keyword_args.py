# Checks keyword arguments, mixing positional and keyword, and call errors (caught).
def area(width, height, unit="m"):
    return f"{width * height}{unit}^2"
print(area(2, 3), area(width=2, height=3), area(2, height=4), area(height=1, width=5, unit="cm"))
for call in [lambda: area(1), lambda: area(1, 2, 3, 4), lambda: area(1, 2, color="red"),
             lambda: area(1, width=2), lambda: area(), lambda: area(unit="x")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
