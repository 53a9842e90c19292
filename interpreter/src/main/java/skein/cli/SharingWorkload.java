package skein.cli;

import org.jctools.queues.atomic.MpmcAtomicArrayQueue;
import skein.gc.Freelists;
import skein.gc.LeakReport;
import skein.gc.PyObject;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.metrics.Counter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Threads sharing objects through the refcount protocol, exercising every path: the owner's
 * local counts (private objects and chains), non-owner counts on shared objects, and
 * objects handed to another thread and dropped there, which queues them to their owner for
 * a merge (or merges them directly once the owner has exited).
 */
final class SharingWorkload {
    /** A test object: a value and one optional owned reference. */
    static final class Cell extends PyObject {
        static final int FREELIST = Freelists.register("cell", 64);

        long value;
        Cell next;

        Cell(ThreadState ts, long value) {
            super(ts);
            this.value = value;
        }

        @Override
        protected void clearReferences(ThreadState ts) {
            Cell n = next;
            next = null;
            if (n != null) RefCount.decref(n, ts);
        }

        @Override
        protected int freelistKind() {
            return FREELIST;
        }
    }

    /** The run's outcome. */
    record Result(double seconds, long refcountOps, long allocated, long freed, long leaked, LeakReport leakReport) {}

    /** A worker failed: a refcount error or any other exception. */
    static final class WorkloadFailure extends RuntimeException {
        WorkloadFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final int SLICE = 64;

    private final int threads, rounds, sharedCount;
    private final long seed;
    private final ReentrantLock gil;
    /** handoff[i] holds objects given to worker i by worker i-1 (so they cross threads). */
    private final List<MpmcAtomicArrayQueue<Cell>> handoff = new ArrayList<>();
    private Cell[] shared;

    SharingWorkload(int threads, int rounds, int sharedCount, long seed, boolean underGlobalLock) {
        this.threads = threads;
        this.rounds = rounds;
        this.sharedCount = sharedCount;
        this.seed = seed;
        this.gil = underGlobalLock ? new ReentrantLock() : null;
        for (int t = 0; t < threads; t++) handoff.add(new MpmcAtomicArrayQueue<>(256));
    }

    Result run() {
        long ops0 = refcountOps();
        Map<String, long[]> tallies0 = ThreadRegistry.COUNTERS.typeTallies();
        LeakReport leaks0 = ThreadRegistry.leakReport();
        boolean attachedHere = ThreadRegistry.current() == null;
        ThreadState main = ThreadRegistry.currentOrAttach();
        long start = System.nanoTime();

        shared = new Cell[sharedCount];
        for (int i = 0; i < sharedCount; i++) shared[i] = newCell(main, i);

        List<Thread> workers = new ArrayList<>();
        Throwable[] failures = new Throwable[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            workers.add(Thread.ofPlatform().name("worker-" + t).unstarted(() -> {
                try {
                    work(index);
                } catch (Throwable e) {
                    failures[index] = e;
                }
            }));
        }
        workers.forEach(Thread::start);
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WorkloadFailure("interrupted", e);
            }
        }
        for (int t = 0; t < threads; t++) {
            if (failures[t] != null) throw new WorkloadFailure("worker-" + t + ": " + failures[t], failures[t]);
        }

        for (MpmcAtomicArrayQueue<Cell> q : handoff) {
            Cell c;
            while ((c = q.poll()) != null) RefCount.decref(c, main); // owners have exited: merged here
        }
        for (Cell s : shared) RefCount.decref(s, main);
        shared = null;
        main.mergeQueuedObjects();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (attachedHere) ThreadRegistry.detach();

        long[] before = tallies0.getOrDefault("cell", new long[3]);
        long[] after = ThreadRegistry.COUNTERS.typeTallies().get("cell");
        LeakReport leaks = ThreadRegistry.leakReport().since(leaks0);
        return new Result(seconds, refcountOps() - ops0, after[0] - before[0], after[1] - before[1],
                leaks.total(), leaks);
    }

    private void work(int index) {
        ThreadState ts = ThreadRegistry.attach("worker-" + index);
        SplittableRandom rng = new SplittableRandom(seed * 1_000_003 + index);
        long sum = 0;
        try {
            for (int done = 0; done < rounds; done += SLICE) {
                if (gil != null) gil.lock();
                try {
                    int end = Math.min(rounds, done + SLICE);
                    for (int r = done; r < end; r++) sum += round(ts, index, rng, r);
                } finally {
                    if (gil != null) gil.unlock();
                }
                ts.serviceEvalBreaker(); // merge what other threads queued to us
            }
        } finally {
            if (gil != null) gil.lock();
            try {
                ThreadRegistry.detach();
            } finally {
                if (gil != null) gil.unlock();
            }
        }
        if (sum == 42) System.out.print(""); // keep the reads alive
    }

    private long round(ThreadState ts, int index, SplittableRandom rng, int r) {
        // Private objects: a two-cell chain, owner path only, freed in a loop, then reused.
        Cell a = newCell(ts, r);
        Cell b = newCell(ts, r + 1);
        b.next = a;
        RefCount.incref(b, ts);
        RefCount.decref(b, ts);
        long v = b.value + b.next.value;
        RefCount.decref(b, ts);

        // A shared object: the non-owner path (for the main thread's objects).
        Cell s = shared[rng.nextInt(shared.length)];
        RefCount.incref(s, ts);
        v += s.value;
        RefCount.decref(s, ts);

        // Hand a new object to the next thread, and drop one the previous thread gave us.
        if ((r & 7) == 0) {
            Cell gift = newCell(ts, r);
            if (!handoff.get((index + 1) % threads).offer(gift)) RefCount.decref(gift, ts);
            Cell got = handoff.get(index).poll();
            if (got != null) {
                v += got.value;
                RefCount.decref(got, ts); // its owner may be another thread: queue and merge
            }
        }
        return v;
    }

    private static Cell newCell(ThreadState ts, long value) {
        PyObject o = ts.freelists().take(Cell.FREELIST, ts);
        if (o == null) return new Cell(ts, value);
        Cell c = (Cell) o;
        c.value = value;
        c.next = null;
        return c;
    }

    private static long refcountOps() {
        long n = 0;
        for (Counter k : Counter.values()) {
            if (k.meterName().equals("skein.refcount.ops")) n += ThreadRegistry.COUNTERS.sum(k);
        }
        return n;
    }
}
