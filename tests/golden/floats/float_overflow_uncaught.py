# Checks float overflow: * gives inf, ** raises OverflowError (caught), int(inf) raises (uncaught).
big = 1e300
print(big * 1e10)
print(2.0 ** 1000)
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
print(int(big * 1e10))
