# Checks UnboundLocalError when assigning after reading a global-named local (caught then uncaught).
count = 10
def ok():
    return count + 1
print(ok())
def bad():
    try:
        print(count)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    count = 5
    return count
print(bad())
def worse():
    total = total + 1
    return total
worse()
