# Checks statement layout: line continuations, semicolons, implicit joining in brackets.
x = 1 + \
    2 + \
    3
print(x)
y = (1 +
     2 +
     3)
print(y)
a = 1; b = 2; print(a + b)
data = [
    1,
    2,
    3,  # trailing comma
]
print(data)
if x == 6: print("one-line if")
while False: pass
s = ("implicitly "
     "joined "
     "string")
print(s)
def f(a,
      b=2,
      ):
    return a + b
print(f(1,
        ))
