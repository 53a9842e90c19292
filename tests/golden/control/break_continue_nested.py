# Checks break/continue inside nested loops with try/finally in between.
for i in range(3):
    for j in range(3):
        try:
            if j == 1:
                continue
            if i == 2:
                break
            print("body", i, j)
        finally:
            print("finally", i, j)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found:
        break
print("found", found, row)
