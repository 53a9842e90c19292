package skein.gc;

import skein.metrics.ThreadCounters;

/**
 * The global interpreter lock of GIL mode ({@link RuntimeConfig#GIL}): the baseline free
 * threading is measured against, modelled on CPython's {@code Python/ceval_gil.c}.
 *
 * <p>A thread holds the GIL while it is attached. A thread that wants it waits at most one
 * switch interval (5 ms by default, {@code sys.setswitchinterval}); if the holder has not let
 * go by then, the waiter raises {@link EvalBreaker#GIL_DROP_REQUEST} on the holder, which drops
 * the GIL at its next eval-breaker check ({@link #yieldToWaiter}) and, before taking it again,
 * waits until some other thread has taken it ("forced switching": otherwise the dropping thread
 * would usually win the race straight back). Blocking calls drop it through
 * {@link ThreadState#detach}.
 *
 * <p>One monitor guards everything: the GIL changes hands at most every few milliseconds, so
 * the simplest correct lock is the right one. {@code notifyAll} because a dropper waiting for
 * the hand-over and the threads waiting for the GIL wait on the same monitor.
 */
public final class Gil {
    private Gil() {}

    private static final Object MONITOR = new Object();
    /** Guarded by {@link #MONITOR}. */
    private static ThreadState holder;
    /** Times the GIL was taken by a thread; guarded by {@link #MONITOR}. */
    private static long takes;
    private static int waiting;
    private static volatile long intervalNanos = 5_000_000L;

    /** {@code sys.setswitchinterval(seconds)}. */
    public static void setSwitchInterval(double seconds) {
        intervalNanos = Math.max(1_000L, (long) (seconds * 1e9));
    }

    /** {@code sys.getswitchinterval()}, in seconds. */
    public static double switchInterval() {
        return intervalNanos / 1e9;
    }

    /** The thread holding the GIL now (a snapshot), or null. */
    public static ThreadState holder() {
        synchronized (MONITOR) {
            return holder;
        }
    }

    /** Takes the GIL for {@code ts}, waiting as long as needed. */
    static void take(ThreadState ts) {
        synchronized (MONITOR) {
            if (holder == ts) throw new IllegalStateException("GIL taken twice by " + ts.name);
            if (holder == null) {
                if (ThreadCounters.ENABLED) ts.counters.gilTakes++;
            } else {
                long t0 = System.nanoTime();
                waiting++;
                try {
                    while (holder != null) {
                        long seen = takes;
                        ThreadState h = holder;
                        long deadline = System.nanoTime() + intervalNanos;
                        waitNanos(intervalNanos);
                        // A whole interval without a hand-over: ask the holder to let go.
                        if (holder == h && h != null && takes == seen && System.nanoTime() - deadline >= 0) {
                            h.evalBreaker().raise(EvalBreaker.GIL_DROP_REQUEST);
                        }
                    }
                } finally {
                    waiting--;
                }
                if (ThreadCounters.ENABLED) {
                    long waited = System.nanoTime() - t0;
                    ts.counters.gilWaits++;
                    ts.counters.gilWaitNanos += waited;
                    if (waited > ts.counters.gilWaitMaxNanos) ts.counters.gilWaitMaxNanos = waited;
                }
            }
            holder = ts;
            takes++;
            MONITOR.notifyAll();
        }
    }

    /** Releases the GIL held by {@code ts}. */
    static void drop(ThreadState ts) {
        synchronized (MONITOR) {
            if (holder != ts) throw new IllegalStateException("GIL dropped by " + ts.name + ", held by " + holder);
            holder = null;
            MONITOR.notifyAll();
        }
    }

    /**
     * The eval breaker's {@link EvalBreaker#GIL_DROP_REQUEST}: hand the GIL to a waiting thread
     * and wait for it to take it, then queue for the GIL again. Called attached; returns
     * attached. Nothing happens if nobody waits any more.
     */
    static void yieldToWaiter(ThreadState ts) {
        synchronized (MONITOR) {
            if (waiting == 0 || holder != ts) return;
        }
        ts.detach();
        synchronized (MONITOR) {
            long seen = takes;
            while (takes == seen && waiting > 0) waitNanos(intervalNanos);
        }
        if (ThreadCounters.ENABLED) ts.counters.gilDrops++;
        ts.attach();
    }

    private static void waitNanos(long nanos) {
        try {
            MONITOR.wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            // Python threads are not interrupted; a stray interrupt must not turn waits into spins
        }
    }
}
