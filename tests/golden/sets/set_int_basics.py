# Checks sets of small ints (deterministic order): add, discard, remove, pop, len, in.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(0); s.add(3); print(s)
s.discard(10); s.discard(1); print(s)
s.remove(2); print(s)
print(set(), set([5, 5, 4]), set(range(5)), {x % 3 for x in range(10)})
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
t = {1, 2, 3}
print(t.pop(), t)
print(set([1, 1.0, True]), {0, False, 0.0})
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
