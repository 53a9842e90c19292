# Checks chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1 < 3 != 4 == 4)
print(1 == 1.0 == True, "a" < "b" <= "b" < "c", 5 > 3 in [3], (1 < 2) < 3)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in range(10) in [range(10)])
print(None is None is None, [] is not [] is not None)
