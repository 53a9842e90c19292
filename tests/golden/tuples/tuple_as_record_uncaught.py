# Checks tuples used as records; ends with an uncaught unpacking ValueError.
rows = [("a", 1), ("b", 2), ("c", 3, "extra")]
total = 0
for row in rows[:2]:
    name, value = row
    total += value
    print(name, value, total)
name, value = rows[2]
