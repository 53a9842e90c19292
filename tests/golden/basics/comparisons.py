# Checks comparison operators, identity, membership and mixed-type numeric equality.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
print(True == 1, False == 0, True is True)
print(None == None, None == 0, None is None)
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "ac" in "abc")
x = [1]
y = [1]
print(x == y, x is y, x is not y)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1 == "1", [] == (), {} == {})
