# Checks that for an uncaught multi-line exception message only its last line is the last stderr line.
def check(rows):
    problems = [f"row {i}: {r!r}" for i, r in enumerate(rows) if not isinstance(r, int)]
    if problems:
        raise ValueError("invalid rows:\n" + "\n".join(problems))
    return sum(rows)
print(check([1, 2, 3]))
print(check([1, "x", None]))
