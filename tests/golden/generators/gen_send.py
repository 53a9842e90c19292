# Checks generator.send: priming with None, values received by yield, running averages.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
av = averager()
print(av.send(None))
for v in [10, 20, 60]:
    print(av.send(v))
try:
    av.send(None)
except StopIteration as e:
    print("done:", e.value)
g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)
