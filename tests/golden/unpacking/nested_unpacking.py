# Checks deeply nested unpacking, unpacking in for targets and into attributes/items.
data = [("ann", (1990, 5, 17), ["py", "go"]), ("bob", (1985, 12, 1), ["java"])]
for name, (year, month, day), (first_lang, *others) in data:
    print(name, year, month, day, first_lang, others)
class O:
    pass
o = O()
d = {}
lst = [0, 0]
o.x, d["k"], lst[1] = "attr", "item", "index"
print(o.x, d, lst)
(a, b), (c, d2) = "ab", [3, 4]
print(a, b, c, d2)
[p, q] = (1, 2)
print(p, q)
