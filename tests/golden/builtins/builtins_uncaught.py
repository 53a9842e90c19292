# Checks a builtin raising inside a key function used by sorted (uncaught TypeError).
people = [{"name": "ann", "age": 31}, {"name": "bob", "age": "unknown"}, {"name": "cy", "age": 5}]
print(sorted(p["name"] for p in people))
print(sorted(people, key=lambda p: p["age"]))
