# Checks that bool is an int subclass: arithmetic, sum of bools, repr and indexing with bools.
print(True + True, True * 10, True / 2, True // 2, -True, ~True)
print(sum([True, False, True, True]))
print(["zero", "one"][True], ["zero", "one"][False])
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(str(True + 0), repr(True), int(True), float(False))
print(bool(0), bool(-1), bool(2 ** 100), bool(0.0), bool("False"))
print(max(True, 0), True > False, sorted([True, False, True]))
