"""The workloads of `skein bench`, the free-threading scaling benchmark.

    python3 scaling.py WORKLOAD THREADS N
    skein run scaling.py WORKLOAD THREADS N

One workload per kind of work that ought to scale on a free-threaded runtime and has not
always (the kinds of CPython's Tools/ftscalingbench; the code here is our own), plus three
that share one object between the threads on purpose. THREADS threads each do N units of
the workload's work (the same N whatever THREADS is), released together by a start gate
after a warm-up of N/4 units on the main thread; the program prints one line,

    elapsed SECONDS checksum X

SECONDS: time.perf_counter() around the threaded section only. X: the result of one
thread's work; every thread does the same work, so all must agree (else X is
`mismatch:A,B,...`), and X must not depend on THREADS or on the runtime (Skein in any mode,
CPython). A workload that shares a container also checks it afterwards (nothing lost).
An exception in a thread, or a failed check, is printed to stderr and the exit status is 1;
bad arguments exit 2. Pure Python: only `_thread`, `sys`, `time` and `math` (threading.local is
`_thread._local`, used directly: importing Skein's Python-level threading adds start-up time).
"""
import _thread
import math
import sys
import time

WORKLOADS = {}
CHECKS = {}
SETUPS = {}

MASK = 0xffffffff


def workload(func):
    WORKLOADS[func.__name__] = func
    return func


# ---- private work: nothing shared between the threads but code, classes and functions ----

class Counter:
    def __init__(self):
        self.i = 0

    def next_number(self):
        self.i += 1
        return self.i


@workload
def pymethod(n):
    """Method calls on the thread's own object."""
    c = Counter()
    acc = 0
    for i in range(n):
        acc = (acc + c.next_number()) & MASK
    return acc


def next_number(i):
    return i + 1


@workload
def pyfunction(n):
    """Calls of a module-level function (a global look-up each time)."""
    acc = 0
    for i in range(n):
        acc = (acc + next_number(i)) & MASK
    return acc


@workload
def object_cfunction(n):
    """Builtin method calls on the thread's own list."""
    acc = 0
    tab = [1] * 100
    for i in range(n):
        tab.pop(0)
        tab.append(i)
        acc = (acc + tab[50]) & MASK
    return acc


@workload
def cmodule_function(n):
    """Calls of a function of the math module."""
    acc = 0
    for i in range(n):
        acc = (acc + math.floor(i * 1.5) + math.isqrt(i)) & MASK
    return acc


@workload
def mult_constant(n):
    """Float arithmetic with constants (a float allocated and dropped per operation)."""
    x = 1.0
    for i in range(n):
        x = x * 1.000001 + 0.5
        if x > 1e9:
            x = x - 1e9
    return int(x * 1000)


def simple_gen():
    for i in range(10):
        yield i


@workload
def generator(n):
    """Iterating a generator of ten items (a generator object and frame per unit)."""
    acc = 0
    for i in range(n):
        for v in simple_gen():
            acc += v
    return acc


class Section:
    def __init__(self):
        self.depth = 0
        self.entered = 0

    def __enter__(self):
        self.depth += 1
        self.entered += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.depth -= 1
        return False


@workload
def context_manager(n):
    """`with` on the thread's own context manager (__enter__ and __exit__ calls)."""
    cm = Section()
    acc = 0
    for i in range(n):
        with cm as s:
            acc = (acc + s.depth + i) & MASK
    return (acc + cm.entered) & MASK


class MyObject:
    pass


@workload
def create_pyobject(n):
    """Instances of one shared class made and dropped."""
    acc = 0
    for i in range(n):
        o = MyObject()
        acc += 1
    return acc


@workload
def create_closure(n):
    """A closure made and called per unit (a function object and a cell)."""
    acc = 0
    for i in range(n):
        def add(x):
            return x + i
        acc = (acc + add(1)) & MASK
    return acc


@workload
def create_dict(n):
    """A small dict made and dropped per unit."""
    acc = 0
    for i in range(n):
        d = {"key": "value", "n": i}
        acc = (acc + len(d)) & MASK
    return acc


class Record:
    """A namedtuple/dataclass-style record (Skein has neither module): __slots__ and __init__."""
    __slots__ = ("name", "x", "y")

    def __init__(self, name, x, y):
        self.name = name
        self.x = x
        self.y = y


@workload
def create_record(n):
    """Instances of a __slots__ record class made, read and dropped."""
    acc = 0
    for i in range(n):
        r = Record("p", i, 3)
        acc = (acc + r.x * r.y + len(r.name)) & MASK
    return acc


def deep_copy(x):
    """copy.deepcopy for nested lists and dicts of immutable leaves (Skein has no copy module)."""
    if type(x) is list:
        return [deep_copy(v) for v in x]
    if type(x) is dict:
        return {k: deep_copy(v) for k, v in x.items()}
    return x


def count_nodes(x):
    if type(x) is list:
        return 1 + sum([count_nodes(v) for v in x])
    if type(x) is dict:
        return 1 + sum([count_nodes(v) for v in x.values()])
    return 1


@workload
def deepcopy(n):
    """A recursive copy of the thread's own small nested structure (lists and dicts)."""
    tree = {"a": [1, 2, [3, 4]], "b": {"c": [5, 6], "d": "leaf"}, "e": [[7], [8, 9]]}
    acc = 0
    for i in range(n):
        copy = deep_copy(tree)
        copy["a"][0] = i
        acc = (acc + copy["a"][0] + len(copy["e"])) & MASK
    return (acc + count_nodes(tree)) & MASK


thread_local = _thread._local()     # what threading.local is, in CPython and Skein


@workload
def thread_local_read(n):
    """Reads of an attribute of a threading.local (each thread its own value)."""
    tmp = thread_local
    tmp.x = 10
    acc = 0
    for i in range(n):
        acc = (acc + tmp.x + tmp.x + tmp.x + tmp.x) & MASK
    return acc


@workload
def load_string_const(n):
    """Comparisons with a str constant."""
    acc = 0
    for i in range(n):
        if i == "a string":
            acc += 7
        else:
            acc += 1
    return acc


@workload
def load_tuple_const(n):
    """Comparisons with a tuple constant."""
    acc = 0
    for i in range(n):
        if i == (1, 2):
            acc += 7
        else:
            acc += 1
    return acc


# ---- shared objects: every thread uses the same container or instance ----

SHARED_KEYS = ["key%d" % i for i in range(256)]
SHARED_DICT = {}
for _i in range(256):
    SHARED_DICT[SHARED_KEYS[_i]] = 1000003 + 7919 * _i


@workload
def shared_dict_read(n):
    """Many threads reading one module-level dict (str keys, int values outside the small ints)."""
    table = SHARED_DICT
    keys = list(SHARED_KEYS)
    acc = 0
    for i in range(n):
        acc = (acc + table[keys[i & 255]]) & MASK
    return acc


SHARED_LIST = []


def shared_list_setup():
    del SHARED_LIST[:]


def shared_list_check(threads, n):
    expected = threads * n
    if len(SHARED_LIST) != expected:
        return "shared list holds %d items, expected %d (appends lost or invented)" % (len(SHARED_LIST), expected)
    total = sum(SHARED_LIST)
    want = threads * sum([i & 255 for i in range(n)])
    if total != want:
        return "shared list sums to %d, expected %d" % (total, want)
    return None


@workload
def shared_list_append(n):
    """Many threads appending to one module-level list (small ints: no allocation)."""
    lst = SHARED_LIST
    acc = 0
    for i in range(n):
        lst.append(i & 255)
        acc = (acc + (i & 255)) & MASK
    return acc


SETUPS["shared_list_append"] = shared_list_setup
CHECKS["shared_list_append"] = shared_list_check


class Scaler:
    def __init__(self, mul, add):
        self.mul = mul
        self.add = add

    def apply(self, v):
        return (v * self.mul + self.add) & 0xfffff


SHARED_SCALER = Scaler(31, 7)


@workload
def shared_object_method(n):
    """Many threads calling a method of one module-level instance (reads of its attributes)."""
    obj = SHARED_SCALER
    acc = 0
    for i in range(n):
        acc = (acc + obj.apply(i)) & MASK
    return acc


# ---- the harness: start gate, timing, checksum (as bench/python/threads/harness.py) ----

def run_threads(threads, work, n):
    """Runs work(n) on `threads` new threads released together; returns the seconds from
    the release to the last thread's end, the per-thread results and the errors."""
    gate = _thread.allocate_lock()
    gate.acquire()
    ready = []
    done = []
    for _ in range(threads):
        lock = _thread.allocate_lock()
        lock.acquire()
        ready.append(lock)
        lock = _thread.allocate_lock()
        lock.acquire()
        done.append(lock)
    results = [None] * threads
    errors = []

    def body(k):
        try:
            ready[k].release()
            gate.acquire()      # the start gate: each thread passes it on to the next
            gate.release()
            results[k] = work(n)
        except BaseException as e:
            errors.append("thread %d: %s: %s" % (k, type(e).__name__, e))
        finally:
            done[k].release()

    for k in range(threads):
        _thread.start_new_thread(body, (k,))
    for lock in ready:
        lock.acquire()
    t0 = time.perf_counter()
    gate.release()
    for lock in done:
        lock.acquire()
    t1 = time.perf_counter()
    return t1 - t0, results, errors


def usage(message):
    sys.stderr.write("%s\nusage: scaling.py WORKLOAD THREADS N  (workloads: %s)\n"
                     % (message, ", ".join(sorted(WORKLOADS))))
    sys.exit(2)


MAX_THREADS = 256  # as skein bench --threads allows


def main():
    args = sys.argv[1:]
    if len(args) == 1 and args[0] == "--list":
        for name in WORKLOADS:
            print(name)
        return
    if len(args) != 3:
        usage("expected 3 arguments, got %d" % len(args))
    name = args[0]
    if name not in WORKLOADS:
        usage("no workload %r" % name)
    try:
        threads = int(args[1])
        n = int(args[2])
    except ValueError:
        usage("THREADS and N must be integers")
    if threads < 1 or n < 1:
        usage("THREADS and N must be positive")
    if threads > MAX_THREADS:
        # each thread is a platform thread with its own stacks: a typo must not start millions
        usage("THREADS must be at most %d" % MAX_THREADS)
    work = WORKLOADS[name]
    work(max(1, n // 4))        # warm-up on the main thread, not timed
    setup = SETUPS.get(name)
    if setup is not None:
        setup()
    elapsed, results, errors = run_threads(threads, work, n)
    if errors:
        for e in errors:
            sys.stderr.write(e + "\n")
        sys.exit(1)
    check = CHECKS.get(name)
    problem = check(threads, n) if check is not None else None
    if problem is not None:
        sys.stderr.write("%s: check failed: %s\n" % (name, problem))
        sys.exit(1)
    # Every thread does the same work, so every thread's result must be the same.
    if all(r == results[0] for r in results):
        checksum = str(results[0])
    else:
        checksum = "mismatch:" + ",".join(str(r) for r in results)
    print("elapsed %.6f checksum %s" % (elapsed, checksum))


main()
