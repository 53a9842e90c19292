# Checks a SyntaxError (unclosed bracket): nothing runs, stdout is empty, exit 1.
print("this line is never executed because the file does not compile")
values = [1, 2, 3
print(values)
