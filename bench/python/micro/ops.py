"""Per-operation costs: each function runs one operation N times in a loop inside a function;
prints ns per iteration (best of 3 after a warm-up of N/10). Not a kernel of bench-python.sh:
run `python3 bench/python/micro/ops.py [N] [name,...]` and `./skein run bench/python/micro/ops.py [N]`
side by side (and `./skein -X jit=0 run ...` for the eval loop alone).
"""
import time, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000

def loop_empty(n):
    for i in range(n): pass

def loop_local(n):
    x = 0
    for i in range(n): x = i

def int_add(n):
    x = 0
    for i in range(n): x = x + 1

def float_add(n):
    x = 0.0
    for i in range(n): x = x + 1.5

def float_mul3(n):
    a = 1.0001; b = 0.5; x = 0.0
    for i in range(n): x = a * b - x * a

def list_sub(n):
    a = [1.0, 2.0, 3.0]
    for i in range(n): x = a[1]

def list_store(n):
    a = [1.0, 2.0, 3.0]
    for i in range(n): a[1] = i

def f0(): return 1
def call0(n):
    for i in range(n): f0()

def f2(a, b): return a
def call2(n):
    for i in range(n): f2(i, i)

G = 5
def load_global(n):
    for i in range(n): x = G

class C:
    def __init__(self): self.x = 1
    def m(self): return self.x

def attr_load(n):
    c = C()
    for i in range(n): x = c.x

def attr_store(n):
    c = C()
    for i in range(n): c.x = i

def method_call(n):
    c = C()
    for i in range(n): c.m()

def new_obj(n):
    for i in range(n): C()

def tuple_unpack(n):
    t = (1, 2)
    for i in range(n): a, b = t

def build_tuple(n):
    for i in range(n): t = (i, i)

def dict_get(n):
    d = {"a": 1, "b": 2}
    for i in range(n): x = d["a"]

def len_call(n):
    a = [1, 2]
    for i in range(n): len(a)

def compare_if(n):
    x = 0
    for i in range(n):
        if i < 5: x = 1

def while_loop(n):
    i = 0
    while i < n: i += 1

tests = [loop_empty, loop_local, int_add, float_add, float_mul3, list_sub, list_store, call0, call2,
         load_global, attr_load, attr_store, method_call, new_obj, tuple_unpack, build_tuple,
         dict_get, len_call, compare_if, while_loop]
only = sys.argv[2].split(",") if len(sys.argv) > 2 else None
for t in tests:
    if only and t.__name__ not in only: continue
    t(N // 10)
    best = 1e9
    for r in range(3):
        t0 = time.perf_counter(); t(N); dt = time.perf_counter() - t0
        best = min(best, dt)
    print("%-14s %6.1f ns" % (t.__name__, best / N * 1e9))
