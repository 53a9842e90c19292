# Checks the time module only through differences and types (values are never printed).
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
total = sum(i * i for i in range(100000))
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(total, t1 - t0 >= 0, p1 - p0 >= 0.009, m1 >= m0)
print(type(t0).__name__, type(time.time_ns()).__name__, time.time_ns() > 0, t0 > 1.6e9)
