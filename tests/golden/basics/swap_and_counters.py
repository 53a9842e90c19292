# Checks a small loop-based computation: Fibonacci numbers and a running swap.
a, b = 0, 1
out = []
for _ in range(20):
    out.append(a)
    a, b = b, a + b
print(out)
print(sum(out), len(out), out[-1])
count = 0
n = 27
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    count += 1
print("collatz steps for 27:", count)
