# Checks de-duplication idioms: set for membership while preserving list order.
data = [5, 3, 5, 1, 3, 9, 1, 5, 0, 9]
seen = set()
out = []
for x in data:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, sorted(seen), len(seen))
print(list(dict.fromkeys(data)))
words = ["b", "a", "b", "c", "a"]
print(list(dict.fromkeys(words)), sorted(set(words)))
