# Checks an IndentationError (missing indented block after if): no output, exit 1.
print("not printed")
x = 3
if x > 2:
print("wrong indentation")
