# Checks while loops with else, break skipping else, continue, and nested loops.
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n =", n)
else:
    print("while finished normally")
i = 0
while True:
    i += 1
    if i > 3:
        break
print("broke at", i)
k = 10
while k > 0:
    if k == 7:
        print("found 7, breaking")
        break
    k -= 1
else:
    print("never printed")
def is_prime(p):
    d = 2
    while d * d <= p:
        if p % d == 0:
            break
        d += 1
    else:
        return p > 1
    return False
print([p for p in range(30) if is_prime(p)])
while 0:
    print("no")
else:
    print("else runs for a false condition at start")
