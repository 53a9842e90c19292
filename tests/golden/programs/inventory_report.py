# Checks a dict/list-heavy inventory system: parsing records, grouping, generators, sorting and formatting.
RAW = """\
sku,name,category,qty,price
A100,Widget,tools,25,3.50
A101,Gadget,tools,0,12.00
B200,Apple,food,120,0.40
B201,Bread,food,8,2.25
C300,Cable,electronics,40,5.99
C301,Charger,electronics,3,19.99
C302,Cable,electronics,10,6.49
B202,Cheese,food,0,7.80"""

def parse(text):
    lines = text.splitlines()
    header = lines[0].split(",")
    for ln in lines[1:]:
        rec = dict(zip(header, ln.split(",")))
        rec["qty"] = int(rec["qty"])
        rec["price"] = float(rec["price"])
        yield rec

items = list(parse(RAW))
print(len(items), items[0])
by_cat = {}
for it in items:
    by_cat.setdefault(it["category"], []).append(it)
for cat in sorted(by_cat):
    group = by_cat[cat]
    value = sum(i["qty"] * i["price"] for i in group)
    print(f"{cat:<12} items={len(group)} units={sum(i['qty'] for i in group):>4} value={value:>8.2f}")
out_of_stock = [i["sku"] for i in items if i["qty"] == 0]
low = sorted((i for i in items if 0 < i["qty"] < 10), key=lambda i: i["qty"])
print("out of stock:", out_of_stock)
print("low stock:", [(i["sku"], i["qty"]) for i in low])
names = {}
for i in items:
    names.setdefault(i["name"], []).append(i["sku"])
print("duplicate names:", {n: s for n, s in names.items() if len(s) > 1})
ranked = sorted(items, key=lambda i: (-i["qty"] * i["price"], i["sku"]))
print("top 3 by value:", [i["sku"] for i in ranked[:3]])
def restock(items, threshold, amount):
    for i in items:
        if i["qty"] < threshold:
            before = i["qty"]
            i["qty"] += amount
            yield i["sku"], before, i["qty"]
for sku, before, after in restock(items, 5, 20):
    print(f"restocked {sku}: {before} -> {after}")
total = sum(i["qty"] * i["price"] for i in items)
print(f"total inventory value: {total:,.2f}")
print(max(items, key=lambda i: i["price"])["name"], min(items, key=lambda i: i["price"])["name"])
cheapest_per_cat = {c: min(g, key=lambda i: i["price"])["sku"] for c, g in by_cat.items()}
print(cheapest_per_cat)
