# Checks when generator finally blocks run: on exhaustion, on close, on break from a for loop with del.
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
for x in g("exhausted"):
    print("item", x)
gen = g("closed")
print(next(gen))
gen.close()
print("after close")
gen2 = g("broken")
for x in gen2:
    print("got", x, "then break")
    break
print("after break, before close")
gen2.close()
print("end")
