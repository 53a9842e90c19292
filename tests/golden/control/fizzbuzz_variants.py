# Checks fizzbuzz written with if/elif, conditional expressions and string multiplication.
out1 = []
for i in range(1, 16):
    if i % 15 == 0:
        out1.append("FizzBuzz")
    elif i % 3 == 0:
        out1.append("Fizz")
    elif i % 5 == 0:
        out1.append("Buzz")
    else:
        out1.append(str(i))
out2 = ["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, 16)]
print(" ".join(out1))
print(out1 == out2)
