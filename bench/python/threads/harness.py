"""The harness every workload of bench/python/threads shares: run_threads releases THREADS
threads together through a start gate and times them; main parses `THREADS [N]`, warms up on
the main thread and prints `elapsed SECONDS checksum X`. Imported from beside the workload
(the script's directory is on the import path in Skein and CPython alike)."""
import _thread
import sys
import time

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


def main(work, default_n):
    args = sys.argv[1:]
    if not 1 <= len(args) <= 2:
        sys.stderr.write("usage: %s THREADS [N]  (N: work units per thread, default %d)\n"
                         % (sys.argv[0], default_n))
        sys.exit(2)
    threads = int(args[0])
    n = int(args[1]) if len(args) == 2 else default_n
    if threads < 1 or n < 1:
        sys.stderr.write("THREADS and N must be positive\n")
        sys.exit(2)
    work(max(1, n // 4))        # warm-up on the main thread, not timed
    elapsed, results, errors = run_threads(threads, work, n)
    if errors:
        for e in errors:
            sys.stderr.write(e + "\n")
        sys.exit(1)
    # Every thread does the same work, so every thread's result must be the same.
    if all(r == results[0] for r in results):
        checksum = str(results[0])
    else:
        checksum = "mismatch:" + ",".join(str(r) for r in results)
    print("elapsed %.6f checksum %s" % (elapsed, checksum))

