# Checks a formatted report with f-strings mixing widths, alignment and numeric formats.
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Doohickey", 1, 99.999), ("Thing", 250, 0.1)]
print(f"{'Item':<10}{'Qty':>5}{'Price':>10}{'Total':>12}")
print("-" * 37)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}{qty:>5d}{price:>10.2f}{total:>12,.2f}")
print("-" * 37)
print(f"{'Grand total':<25}{grand:>12,.2f}")
print(f"{'Average price':<25}{sum(r[2] for r in rows) / len(rows):>12.4f}")
print(f"{'Share of first':<25}{rows[0][1] * rows[0][2] / grand:>12.2%}")
