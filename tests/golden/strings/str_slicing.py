# Checks string indexing and slicing with negative indices, steps and out-of-range bounds.
s = "Python3.11"
print(s[0], s[-1], s[2:5], s[:3], s[3:], s[-4:], s[:-4], s[::2], s[1::3], s[::-1], s[-2:-6:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[:100], s[::-3], s[8:1:-2])
print(s[len(s) - 1], s[-len(s)])
for i in range(0, len(s), 3):
    print(i, s[i:i + 3])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
print(s[slice(2, 6)], s[slice(None, None, -2)])
