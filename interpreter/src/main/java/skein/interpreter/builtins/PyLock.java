package skein.interpreter.builtins;

import skein.gc.ThreadState;
import skein.metrics.ThreadCounters;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * {@code _thread.lock}: the plain lock under every {@code threading} primitive. Not owned: any
 * thread may release it (a Condition's waiter lock is released by the notifier).
 *
 * <p>An uncontended acquire is one CAS and never detaches. A thread that has to wait detaches
 * first ({@link PyThreadState#blockDetached}), so it neither holds up a stop-the-world pause
 * nor, in GIL mode, the other threads; its critical sections are suspended meanwhile.
 *
 * <p>Acquisitions are counted in the thread's counters ({@code skein.lock.acquire{lock=lock}}, or
 * {@code lock=rlock} for the lock inside an {@link PyRLock}), a wait with its time
 * ({@code skein.lock.wait}), and with {@code --metrics} the contended lock among the hot objects.
 */
public final class PyLock extends PyObj implements skein.interpreter.objects.Weakrefable {
    /** Weak references to this object (skein.interpreter.objects.WeakRefs), newest first; null when none. */
    private volatile skein.interpreter.objects.PyWeakReference weakrefs;

    @Override
    public skein.interpreter.objects.PyWeakReference weakrefHead() {
        return weakrefs;
    }

    @Override
    public void setWeakrefHead(skein.interpreter.objects.PyWeakReference head) {
        weakrefs = head;
    }

    @Override
    protected void clearWeakRefs(skein.gc.ThreadState ts) {
        skein.interpreter.objects.WeakRefs.clearOnDeath(this, ts);
    }

    public static final PyType TYPE = Types.builtin("lock", Types.OBJECT);

    static {
        TYPE.setQualname("_thread.lock");
    }

    /** State 0 unlocked, 1 locked; waiters queue in the AQS. */
    private static final class Sync extends AbstractQueuedSynchronizer {
        @Override
        protected boolean tryAcquire(int ignored) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(int ignored) {
            if (!compareAndSetState(1, 0)) throw new IllegalMonitorStateException();
            return true;
        }

        boolean isLocked() {
            return getState() != 0;
        }
    }

    private final Sync sync = new Sync();
    /** The RLock this lock is the inside of, or null for a plain {@code _thread.lock}. */
    private final PyRLock rlock;

    public PyLock(ThreadState ts) {
        this(ts, null);
    }

    PyLock(ThreadState ts, PyRLock rlock) {
        super(ts);
        this.rlock = rlock;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** One CAS, never waits. */
    public boolean tryAcquire() {
        return sync.tryAcquire(1);
    }

    /**
     * {@code acquire(blocking, timeout)}: {@code timeoutNanos < 0} waits for ever. Returns
     * whether the lock was taken.
     */
    public boolean acquire(PyThreadState ts, boolean blocking, long timeoutNanos) {
        if (sync.tryAcquire(1)) {
            if (ThreadCounters.ENABLED) {
                if (rlock == null) ts.counters.lockFast++;
                else ts.counters.rlockFast++;
            }
            return true;
        }
        if (!blocking) return false;
        long[] waited = {0};
        boolean got = ts.blockDetached(() -> {
            long t0 = System.nanoTime();
            try {
                if (timeoutNanos < 0) {
                    sync.acquireInterruptibly(1);
                    return true;
                }
                return sync.tryAcquireNanos(1, timeoutNanos);
            } finally {
                waited[0] = System.nanoTime() - t0;
            }
        });
        if (ThreadCounters.ENABLED) countWait(ts.counters, waited[0]);
        return got;
    }

    /** A blocking acquisition (won, or timed out) that waited {@code nanos}. */
    private void countWait(ThreadCounters c, long nanos) {
        if (rlock == null) {
            c.lockContended++;
            c.lockWaitNanos += nanos;
            if (nanos > c.lockWaitMaxNanos) c.lockWaitMaxNanos = nanos;
        } else {
            c.rlockContended++;
            c.rlockWaitNanos += nanos;
            if (nanos > c.rlockWaitMaxNanos) c.rlockWaitMaxNanos = nanos;
        }
        if (ThreadCounters.HOT) {
            PyObj which = rlock == null ? this : rlock;
            c.contendedLock(which, nanos, which.lpOwner());
        }
    }

    /** False if it was not locked ({@code RuntimeError: release unlocked lock} for the caller). */
    public boolean release() {
        try {
            sync.release(1);
            return true;
        } catch (IllegalMonitorStateException e) {
            return false;
        }
    }

    public boolean isLocked() {
        return sync.isLocked();
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        return new PyStr(ts, "<" + (isLocked() ? "locked" : "unlocked") + " _thread.lock object at 0x"
                + String.format("%012x", identityHash()) + ">");
    }

    /** {@code timeout} argument checks shared by lock and RLock; returns nanoseconds, -1 for none. */
    static long timeoutNanos(PyThreadState ts, boolean blocking, PyObj timeout) {
        if (timeout == null || timeout == PyNone.NONE) return -1;
        double t = MathModule.toDouble(ts, timeout);
        if (t != -1 && !blocking) throw Exceptions.valueError(ts, "can't specify a timeout for a non-blocking call");
        if (t == -1) return -1;
        if (t < 0) throw Exceptions.valueError(ts, "timeout value must be positive");
        if (t > ThreadModule.TIMEOUT_MAX) throw Exceptions.overflowError(ts, "timeout value is too large");
        return (long) (t * 1e9);
    }
}
