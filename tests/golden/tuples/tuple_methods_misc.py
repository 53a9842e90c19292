# Checks tuple methods via type, iteration, reversed, sorted and conversion to list/dict.
t = (3, 1, 2)
print(sorted(t), list(reversed(t)), list(t), dict([("a", 1), ("b", 2)]), tuple(sorted(t)))
print(sum(t), min(t), max(t), any(t), all((1, 0)), tuple(x * 2 for x in t))
print(t.__len__(), t.__getitem__(0), t.__contains__(2), t.__add__((4,)))
empty = ()
print(empty == (), len(empty), bool(empty), bool((0,)))
