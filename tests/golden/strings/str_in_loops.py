# Checks iteration over strings, building strings in loops and character counting without dicts.
text = "the quick brown fox jumps over the lazy dog"
vowels = 0
for ch in text:
    if ch in "aeiou":
        vowels += 1
print("vowels:", vowels)
caps = ""
for w in text.split():
    caps += w[0].upper() + w[1:] + " "
print(caps.rstrip())
rev_words = " ".join(reversed(text.split()))
print(rev_words)
letters = sorted(set(text.replace(" ", "")))
print("".join(letters), len(letters))
counts = []
for c in "abcdefghij":
    counts.append(text.count(c))
print(counts)
print([w for w in text.split() if len(w) > 4])
