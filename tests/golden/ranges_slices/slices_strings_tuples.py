# Checks slice semantics identical across str, tuple and list for many index combinations.
s = "0123456789"
t = tuple(s)
l = list(s)
ok = True
count = 0
for start in [None, -12, -3, 0, 2, 9, 12]:
    for stop in [None, -12, -1, 0, 5, 12]:
        for step in [None, 1, 2, -1, -3]:
            a = s[start:stop:step]
            b = "".join(t[start:stop:step])
            c = "".join(l[start:stop:step])
            count += 1
            if not (a == b == c):
                ok = False
            if step in (-3, 2) and start in (None, 9) and stop in (None, 0):
                print(start, stop, step, repr(a))
print(ok, count)
