# Checks a plain 'invalid syntax' SyntaxError in a function definition: no output, exit 1.
print("not printed")
def broken(:
    return 1
