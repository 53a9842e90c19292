# Checks tuple ordering as used for sorting records with tie-breaking.
records = [("smith", "john", 40), ("doe", "jane", 25), ("smith", "anna", 40), ("doe", "adam", 31)]
for r in sorted(records):
    print(r)
print(sorted(records, key=lambda r: (-r[2], r[1])))
print(max(records), min(records, key=lambda r: r[2]))
print((1, "a") < (1, "b"), (1, 2, 3) == (1, 2, 3), (1, 2) != (2, 1))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
