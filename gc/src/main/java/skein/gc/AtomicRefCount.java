package skein.gc;

import skein.metrics.ThreadCounters;

import static skein.gc.PyObject.IMMORTAL_LOCAL;
import static skein.gc.PyObject.SHARED_ONE;
import static skein.gc.PyObject.SHARED_QUEUED;
import static skein.gc.PyObject.SHARED_SHIFT;

/**
 * The naive free-threaded design: one count, and every operation is one atomic add on it,
 * even for an object only its creator ever sees. Kept as the baseline that biased counting
 * is measured against. Counts live in {@code sharedRef} (flags unused); the owner is 0.
 */
public final class AtomicRefCount {
    private AtomicRefCount() {}

    static void initNew(PyObject o) {
        o.spOwner(0);
        o.spLocal(0);
        o.spShared(SHARED_ONE);
    }

    /**
     * Beside the count while {@link Dealloc} has revived a dead object to run its finalizer:
     * {@link #tryIncref} refuses it to every thread but the finalizing one (recorded as the owner
     * meanwhile), so no other thread takes a new reference to an object whose weak references
     * already answered None. Free-threaded CPython gets the same from its
     * revived object having only the finalizing thread's local count, which other threads cannot
     * try-incref; so does biased counting here. (A flag value biased counting uses; unused here.)
     */
    static final long REVIVED = SHARED_QUEUED;

    /** Dealloc's revival for the finalizer: one reference, flagged {@link #REVIVED}, owned by the finalizing thread. */
    static void revive(PyObject o, ThreadState ts) {
        o.spOwner(ts.id);
        o.spLocal(0);
        o.spShared(SHARED_ONE | REVIVED);
    }

    /**
     * Drops the revival's reference and its flag in one step; true if that was the last
     * reference (the finalizer did not store the object), so deallocation goes on.
     */
    static boolean dropRevival(PyObject o) {
        o.spOwner(0);
        long shared = o.lvShared();
        while (true) {
            long next = (shared & ~REVIVED) - SHARED_ONE;
            long witness = o.caexShared(shared, next);
            if (witness == shared) return next == 0;
            shared = witness;
        }
    }

    public static void incref(PyObject o, ThreadState ts) {
        if (o.lpLocal() == IMMORTAL_LOCAL) {
            if (ThreadCounters.ENABLED) ts.counters.increfImmortal++;
            return;
        }
        if (RuntimeConfig.CHECKING) Checks.beforeIncref(o, ts);
        o.gaaShared(SHARED_ONE);
        if (ThreadCounters.ENABLED) ts.counters.increfShared++;
        if (ThreadCounters.HOT) ts.counters.sampleShared(o, 0);
    }

    /** The count lives only in the shared word: a CAS that refuses to raise it from 0 (freed, or being freed). */
    public static boolean tryIncref(PyObject o, ThreadState ts) {
        if (o.lpLocal() == IMMORTAL_LOCAL) {
            if (ThreadCounters.ENABLED) ts.counters.increfImmortal++;
            return true;
        }
        if (RuntimeConfig.CHECKING) ts.checkUsable("tryIncref", o);
        long shared = o.lvShared();
        while (true) {
            if (shared < SHARED_ONE || (shared & REVIVED) != 0 && o.lpOwner() != ts.id) return false;
            long witness = o.caexShared(shared, shared + SHARED_ONE);
            if (witness == shared) break;
            shared = witness;
        }
        if (ThreadCounters.ENABLED) ts.counters.increfShared++;
        if (ThreadCounters.HOT) ts.counters.sampleShared(o, 0);
        return true;
    }

    public static void decref(PyObject o, ThreadState ts) {
        if (o.lpLocal() == IMMORTAL_LOCAL) {
            if (ThreadCounters.ENABLED) ts.counters.decrefImmortal++;
            return;
        }
        if (RuntimeConfig.CHECKING) Checks.beforeDecref(o, ts);
        long before = o.gaaShared(-SHARED_ONE);
        if (ThreadCounters.ENABLED) ts.counters.decrefShared++;
        if (ThreadCounters.HOT) ts.counters.sampleShared(o, 0);
        if (before == SHARED_ONE) {
            Dealloc.dealloc(o, ts);
        } else if (RuntimeConfig.CHECKING && before < SHARED_ONE) {
            throw new RefcountError("decref", o, "negative count " + ((before >> SHARED_SHIFT) - 1));
        }
    }
}
