# Checks for/else, break/continue in nested loops, and loop variable after the loop.
for i in range(3):
    print("i", i)
else:
    print("else after full loop, i =", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("after break, i =", i)
for x in []:
    print("never")
else:
    print("empty loop else")
for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if a + b == 3:
            print("pair", a, b)
            break
    else:
        print("inner finished for a =", a)
