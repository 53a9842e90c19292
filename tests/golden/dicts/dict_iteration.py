# Checks iterating dicts: keys, items unpacking, sorting by value, and mutation errors (uncaught).
scores = {"ann": 82, "bob": 95, "cy": 70, "di": 95}
for name in scores:
    print(name, scores[name])
for name, s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:>4}: {s}")
print(max(scores, key=scores.get), min(scores.values()), sum(scores.values()))
inv = {}
for k, v in scores.items():
    inv.setdefault(v, []).append(k)
print(inv)
try:
    for k in scores:
        scores[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(scores))
for k in scores:
    del scores[k]
