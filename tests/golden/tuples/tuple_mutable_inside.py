# Checks tuples holding mutable items: inner mutation, += on an item raising yet mutating.
t = ([1], [2])
t[0].append(10)
print(t)
try:
    t[1] += [20]
except TypeError as e:
    print("TypeError:", e)
print(t)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, (2, 3))) == hash((1, (2, 3))))
