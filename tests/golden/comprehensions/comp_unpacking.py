# Checks target unpacking in comprehension for-clauses and starred expressions in results.
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in pairs], [s * n for n, s in pairs])
print({s: n for n, s in pairs})
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
print([[*row, 0] for row in [[1], [2, 3]]])
print([(first, rest) for first, *rest in ["abc", "de"]])
