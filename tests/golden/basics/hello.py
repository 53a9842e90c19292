# Checks the simplest print calls: strings, ints, several arguments, empty print.
print("Hello, world!")
print(42)
print("a", "b", 3)
print()
print("after empty line")
print(None)
print(True, False)
print('single', "double", '''triple''')
