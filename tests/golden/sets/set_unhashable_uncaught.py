# Checks set element requirements: unhashable dict member (caught), then set in set (uncaught).
try:
    {{}}
except TypeError as e:
    print("TypeError:", e)
s = {frozenset({1})}
print(s)
s.add(frozenset({1}))
print(len(s))
s.add({2})
