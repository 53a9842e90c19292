# Checks word counting with dict.get, grouping by key, and dict comprehensions.
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print(by_len)
squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items() if k % 2})
print(sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:3])
