# Checks + and * on strings, and the TypeError when concatenating str and int (uncaught).
print("ab" * 3, 3 * "ab", "ab" * 0, repr("ab" * -2))
print("a" + "b" + "c", "".join(["x"] * 5))
line = "=" * 20
print(line)
print("total: " + str(42))
try:
    print("total: " + 42)
except TypeError as e:
    print("TypeError:", e)
try:
    "ab" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    "ab" * "c"
except TypeError as e:
    print("TypeError:", e)
n = 7
print("count: " + n)
