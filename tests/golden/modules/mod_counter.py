# Helper module (not a program): module-level mutable state shared by all importers.
count = 0
items = []
def bump(tag):
    global count
    count += 1
    items.append(tag)
    return count
