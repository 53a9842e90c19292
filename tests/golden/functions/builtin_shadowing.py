# Checks shadowing builtins with globals/locals and restoring via del.
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
def use_local():
    max = lambda *a: "local max"
    return max(1, 2)
print(use_local(), max(1, 2))
list = "no longer a type"
print(list)
del list
print(list("ok"))
