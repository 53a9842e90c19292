# Checks text processing: normalisation, word and bigram counts, ranking with ties, and a histogram.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

def words(text):
    cleaned = "".join(ch.lower() if ch.isalpha() or ch.isspace() else " " for ch in text)
    return cleaned.split()

ws = words(TEXT)
print(len(ws), len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in ranked[:8]:
    print(f"{w:>12} {n:>3} {'*' * n}")
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
top_bi = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top_bi)
lengths = {}
for w in set(ws):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
longest = max(ws, key=len)
print("longest:", longest, "| first with 'ness':", next((w for w in ws if w.endswith("ness")), None))
caps = [w.strip(",.") for w in TEXT.split() if w[0].isupper()]
print(caps)
line_stats = [(i + 1, len(line), len(line.split())) for i, line in enumerate(TEXT.splitlines())]
print(line_stats)
title = " ".join(w.capitalize() for w in ws[:6])
print(title, "|", TEXT[:20].upper(), "|", TEXT.count("it was"), TEXT.lower().count("it was"))
