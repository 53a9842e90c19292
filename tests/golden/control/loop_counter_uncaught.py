# Checks a loop that raises an uncaught KeyError partway through (exit 1, partial output).
inventory = {"apple": 3, "pear": 0, "plum": 7}
orders = ["apple", "plum", "pear", "kiwi", "apple"]
for item in orders:
    stock = inventory[item]
    print(item, "in stock:", stock)
