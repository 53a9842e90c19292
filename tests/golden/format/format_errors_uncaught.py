# Checks a format spec error: an invalid format code for int raises ValueError (uncaught).
print(f"{42:d}")
print(f"{42:x}")
print(f"{4.2:f}")
value = "text"
print(f"{value:>10}")
print(f"{value:d}")
