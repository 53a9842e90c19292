package skein.gc;

import skein.metrics.ThreadCounters;

/**
 * The reference-counting operations the interpreter calls, dispatched to the policy
 * chosen at start-up ({@link RuntimeConfig#POLICY}).
 *
 * <p>The dispatch is on a {@code static final}, so HotSpot compiles each call down to the
 * one policy in use; {@code PolicyDispatchBenchmark} (bench module) compares it with calling
 * {@link BiasedRefCount} directly. Every operation takes the calling thread's
 * {@link ThreadState}: the eval loop keeps it in a local, which is cheaper than a
 * thread-local look-up per reference.
 */
public final class RefCount {
    private static final RefcountPolicy POLICY = RuntimeConfig.POLICY;

    private RefCount() {}

    /** Takes a new (counted) reference to {@code o}. */
    public static void incref(PyObject o, ThreadState ts) {
        if (POLICY == RefcountPolicy.BIASED) BiasedRefCount.incref(o, ts);
        else if (POLICY == RefcountPolicy.ATOMIC) AtomicRefCount.incref(o, ts);
        else PlainRefCount.incref(o, ts);
    }

    /** Drops a counted reference; frees {@code o} when it was the last one. */
    public static void decref(PyObject o, ThreadState ts) {
        if (POLICY == RefcountPolicy.BIASED) BiasedRefCount.decref(o, ts);
        else if (POLICY == RefcountPolicy.ATOMIC) AtomicRefCount.decref(o, ts);
        else PlainRefCount.decref(o, ts);
    }

    /** {@link #decref} that tolerates null (CPython's {@code Py_XDECREF}). */
    public static void xdecref(PyObject o, ThreadState ts) {
        if (o != null) decref(o, ts);
    }

    /**
     * Takes a reference held by a frame's evaluation stack or locals. Deferred objects
     * (functions, code, classes, modules) are not counted for these: that is what keeps
     * threads calling one function from fighting over its count.
     */
    public static void increfStack(PyObject o, ThreadState ts) {
        if ((o.lpGcBits() & PyObject.GC_DEFERRED) != 0) {
            if (ThreadCounters.ENABLED) ts.counters.increfDeferred++;
            return;
        }
        incref(o, ts);
    }

    /** Drops a reference taken by {@link #increfStack}. */
    public static void decrefStack(PyObject o, ThreadState ts) {
        if ((o.lpGcBits() & PyObject.GC_DEFERRED) != 0) {
            if (ThreadCounters.ENABLED) ts.counters.decrefDeferred++;
            return;
        }
        decref(o, ts);
    }

    /**
     * The collector's step for a deferred object it found unreachable: the object becomes an
     * ordinary one again and loses the bias that kept it alive, which frees it if no counted
     * reference remains.
     */
    public static void releaseDeferred(PyObject o, ThreadState ts) {
        byte old = o.andNotGcBits(PyObject.GC_DEFERRED);
        if ((old & PyObject.GC_DEFERRED) == 0) return;
        if (RuntimeConfig.TALLY) ts.counters.exempted(o.typeId(), -1);
        // The bias is one count in the shared field: dropping it is a non-owner decref,
        // whichever thread the collector runs on (it may queue the object to its owner).
        if (POLICY == RefcountPolicy.BIASED) BiasedRefCount.decrefShared(o, ts);
        else if (POLICY == RefcountPolicy.ATOMIC) AtomicRefCount.decref(o, ts);
        else PlainRefCount.decref(o, ts);
    }

    /**
     * Adds {@code n} (possibly negative) references to a deferred object's count at once: a
     * thread's per-thread references being merged ({@link PerThreadRefs}). The object's count
     * cannot reach zero here — the collector's bias holds it — so nothing is freed.
     */
    static void addDeferredRefs(PyObject o, long n, ThreadState ts) {
        if (o.isImmortal()) return;
        if (POLICY == RefcountPolicy.PLAIN) o.spLocal((int) (o.lpLocal() + n));
        else if (POLICY == RefcountPolicy.ATOMIC || n > 0) o.gaaShared(n << PyObject.SHARED_SHIFT);
        // Dropping references takes the non-owner decref path, so the shared word never goes
        // below zero behind the owner's back (it queues the object to its owner instead).
        else for (long k = n; k < 0; k++) BiasedRefCount.decrefShared(o, ts);
    }

    /** Header state of a new object: one reference, held by its creator. */
    static void initNew(PyObject o, ThreadState ts) {
        if (POLICY == RefcountPolicy.BIASED) BiasedRefCount.initNew(o, ts);
        else if (POLICY == RefcountPolicy.ATOMIC) AtomicRefCount.initNew(o);
        else PlainRefCount.initNew(o, ts);
    }

    /** The collector's reference to a deferred object. */
    static void addDeferredBias(PyObject o) {
        if (POLICY == RefcountPolicy.PLAIN) o.spLocal(o.lpLocal() + 1);
        else o.gaaShared(PyObject.SHARED_ONE);
    }
}
