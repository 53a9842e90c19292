# Checks that an uncaught NameError ends the program after partial output (exit 1).
total = 0
for i in range(1, 5):
    total += i
    print("running total", total)
print("about to use an undefined name")
print(undefined_variable + total)
print("not reached")
