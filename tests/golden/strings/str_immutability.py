# Checks that string methods return new strings and item assignment fails (uncaught at end).
s = "hello"
t = s.upper()
print(s, t)
u = s
s += " world"
print(s, u)
print(s.replace("l", "L"), s)
print("id-equal-for-equal-ints?", "abc" == "".join(["a", "b", "c"]))
parts = list(s)
parts[0] = "J"
print("".join(parts))
s[0] = "J"
