# Checks nested lists as matrices: transpose, multiply, row/column sums.
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
T = [[A[r][c] for r in range(len(A))] for c in range(len(A[0]))]
print(T)
C = [[sum(A[i][k] * B[k][j] for k in range(3)) for j in range(2)] for i in range(2)]
print(C)
print([sum(row) for row in A], [sum(col) for col in zip(*A)])
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
for row in I:
    print(" ".join(str(v) for v in row))
flat = [v for row in A for v in row]
print(flat, flat[::-1])
