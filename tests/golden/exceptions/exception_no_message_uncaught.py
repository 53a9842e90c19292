# Checks an uncaught exception raised as a bare class: the last stderr line is just the name.
def check(n):
    if n > 2:
        raise ValueError
    return n
for i in range(5):
    print(check(i))
