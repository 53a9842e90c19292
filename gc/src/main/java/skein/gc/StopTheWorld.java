package skein.gc;

import skein.metrics.ThreadCounters;

import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stop-the-world pauses, as in free-threaded CPython ({@code _PyEval_StopTheWorld} in
 * {@code Python/pystate.c}): while the world is stopped, the requesting thread is the only one
 * running Python code. The collector and {@code sys._current_frames()} use it.
 *
 * <h2>Thread status</h2>
 * Every {@link ThreadState} is {@link ThreadState#DETACHED} (blocked in a lock wait, a join, a
 * sleep, I/O — or not running Python at all), {@link ThreadState#ATTACHED} (running bytecode)
 * or {@link ThreadState#SUSPENDED} (parked for a pause). Only an attached thread runs bytecode,
 * and a thread becomes attached only by a CAS from DETACHED, so:
 * <ul>
 *   <li>{@link #stop} sets {@link #requested}, then repeatedly: CASes every DETACHED thread to
 *       SUSPENDED (it stays where it is blocked; when it wants to run again its attach fails and
 *       waits), and raises {@link EvalBreaker#STOP_THE_WORLD} on every ATTACHED one, which
 *       at its next eval-breaker check moves itself ATTACHED → SUSPENDED ({@link #suspendHere})
 *       and wakes the requester. The world is stopped when no other thread is ATTACHED.</li>
 *   <li>A thread registered while a stop is pending starts SUSPENDED ({@link #initialStatus},
 *       under the same lock that {@link #stop} takes to set the request), so it cannot slip in.</li>
 *   <li>{@link #start} turns every SUSPENDED thread back to DETACHED and unparks it; each
 *       re-attaches by its own CAS.</li>
 * </ul>
 * One pause at a time: a second requester waits for the stop lock detached (it would otherwise
 * be an attached thread the first requester waits for).
 *
 * <p>Under the GIL a stop is free: the requester holds the GIL, so no other thread runs
 * bytecode, and a detached thread needs the GIL to attach.
 *
 * <p>Time-to-safepoint (request to stopped) is counted in the requester's
 * {@link ThreadCounters} ({@code stwPauses}, {@code stwTtspNanos}, {@code stwTtspMaxNanos}).
 */
public final class StopTheWorld {
    private StopTheWorld() {}

    /** Serialises requesters. */
    private static final ReentrantLock PAUSE = new ReentrantLock();
    /** Guards {@link #requested} against thread registration (CPython's HEAD_LOCK). */
    static final Object REGISTRATION = new Object();

    private static volatile boolean requested;
    private static volatile ThreadState requester;
    private static volatile boolean stopped;
    /** How long the requester sleeps between scans when nothing wakes it (a thread that detached). */
    private static final long RESCAN_NANOS = 200_000;

    /** Whether a pause is requested or in force. */
    public static boolean isRequested() {
        return requested;
    }

    /** Whether the world is stopped now (every other thread suspended). */
    public static boolean isStopped() {
        return stopped;
    }

    /** Whether the world is stopped now by {@code ts}'s own request. */
    public static boolean isStoppedBy(ThreadState ts) {
        return stopped && requester == ts;
    }

    /** The status a thread state being registered starts with. Called under {@link #REGISTRATION}. */
    static int initialStatus() {
        return requested ? ThreadState.SUSPENDED : ThreadState.DETACHED;
    }

    /**
     * Stops every other thread at a safe point; returns when none of them runs bytecode. The
     * caller must be attached and must call {@link #start} after (in a finally).
     */
    public static void stop(ThreadState ts) {
        if (RuntimeConfig.GIL) return;
        if (PAUSE.isHeldByCurrentThread()) throw new IllegalStateException("stop-the-world is not reentrant");
        if (!PAUSE.tryLock()) {
            ts.detach();
            PAUSE.lock();
            ts.attach();
        }
        long t0 = System.nanoTime();
        requester = ts;
        synchronized (REGISTRATION) {
            requested = true;
        }
        while (!suspendOthers(ts)) LockSupport.parkNanos(StopTheWorld.class, RESCAN_NANOS);
        stopped = true;
        long ttsp = System.nanoTime() - t0;
        if (ThreadCounters.ENABLED) {
            ts.counters.stwPauses++;
            ts.counters.stwTtspNanos += ttsp;
            if (ttsp > ts.counters.stwTtspMaxNanos) ts.counters.stwTtspMaxNanos = ttsp;
        }
    }

    /** One scan: parks detached threads, asks attached ones; true when none is attached. */
    private static boolean suspendOthers(ThreadState self) {
        boolean allStopped = true;
        for (ThreadState t : ThreadRegistry.registered()) {
            if (t == self) continue;
            int s = t.lvStatus();
            if (s == ThreadState.DETACHED && t.casStatus(ThreadState.DETACHED, ThreadState.SUSPENDED)) continue;
            if (s == ThreadState.ATTACHED) {
                t.evalBreaker().raise(EvalBreaker.STOP_THE_WORLD);
                allStopped = false;
            } else if (s == ThreadState.DETACHED) {
                allStopped = false; // lost a race with its attach: look again
            }
        }
        return allStopped;
    }

    /** Restarts the world stopped by {@link #stop}. */
    public static void start(ThreadState ts) {
        if (RuntimeConfig.GIL) return;
        if (!PAUSE.isHeldByCurrentThread()) throw new IllegalStateException("start without stop");
        stopped = false;
        synchronized (REGISTRATION) {
            requested = false;
        }
        requester = null;
        for (ThreadState t : ThreadRegistry.registered()) {
            if (t != ts && t.casStatus(ThreadState.SUSPENDED, ThreadState.DETACHED)) {
                Thread j = t.javaThread;
                if (j != null) LockSupport.unpark(j);
            }
        }
        PAUSE.unlock();
    }

    /**
     * At an eval-breaker check with {@link EvalBreaker#STOP_THE_WORLD}: if a pause is still
     * requested, suspend here until the world restarts, then run on (attached again).
     */
    static void suspendHere(ThreadState ts) {
        if (!requested || ts.lvStatus() != ThreadState.ATTACHED) return;
        ts.detachAs(ThreadState.SUSPENDED);
        if (ThreadCounters.ENABLED) ts.counters.stwSuspends++;
        ts.attach();
    }

    /** A thread just left ATTACHED while a pause may be pending: let the requester look again. */
    static void wakeRequester() {
        ThreadState r = requester;
        if (r != null && r.javaThread != null) LockSupport.unpark(r.javaThread);
    }

    /** Parks until {@code ts} is no longer SUSPENDED. */
    static void awaitRestart(ThreadState ts) {
        while (ts.lvStatus() == ThreadState.SUSPENDED) LockSupport.park(StopTheWorld.class);
    }
}
