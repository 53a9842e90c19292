# Checks the uncaught UnboundLocalError message for a variable assigned later in the function.
total = 0
def add(n):
    if n > 0:
        total = n
    return total + 1
print(add(5))
print(add(0))
