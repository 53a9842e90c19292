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

    /**
     * Takes a counted reference to {@code o} only if {@code o} is provably still alive; returns
     * whether it did. The primitive under every lock-free container read (free-threaded CPython's
     * {@code _Py_TryIncref}): a reader that loaded {@code o} from a slot another thread may be
     * clearing cannot simply {@link #incref} it, because the writer may already have dropped the
     * last reference and freed it, and an incref would resurrect a dead object.
     *
     * <p>It succeeds for immortal objects, for objects this thread owns whose local count is
     * positive, and otherwise (an atomic step on the shared word) when the shared word says
     * the object cannot be freed concurrently. It fails, leaving the counts untouched, when the
     * object is freed, and also in some states where it is alive but a non-owner cannot prove
     * it (biased: shared count 0 and no flag). A failure is therefore never an error: the caller
     * falls back to reading under the container's lock.
     *
     * <p>Success says the object was alive <em>at the increment</em>, not that it is still the
     * object the caller meant: a freed object may meanwhile have been handed out again by a
     * freelist (QSBR delays that, but the caller should not lean on it). So the caller then
     * re-checks that the slot it read still holds {@code o}, and if not, {@link #decref}s and
     * falls back. Holding a count from the increment on, the re-check proves {@code o} is the
     * incarnation the container holds.
     *
     * <p>Deferred objects are counted like any other here: the reference may end up anywhere a
     * counted one does, and will be dropped with {@link #decref}. Their collector-held bias
     * keeps the shared count positive, so the attempt succeeds while they are live. For a
     * reference bound for a frame stack, {@link #tryIncrefStack} skips the count as
     * {@link #increfStack} does.
     */
    public static boolean tryIncref(PyObject o, ThreadState ts) {
        if (POLICY == RefcountPolicy.BIASED) return BiasedRefCount.tryIncref(o, ts);
        else if (POLICY == RefcountPolicy.ATOMIC) return AtomicRefCount.tryIncref(o, ts);
        else return PlainRefCount.tryIncref(o, ts);
    }

    /**
     * {@link #tryIncref} for a reference that will live on a frame's evaluation stack or in its
     * locals (released with {@link #decrefStack}). A deferred object succeeds at once and is not
     * counted, exactly as {@link #increfStack} treats it, and needs no re-check of the slot:
     * a deferred object is freed only by the collector ({@link #releaseDeferred}), which runs
     * with the world stopped, and the reading thread reaches no safepoint between loading the
     * pointer and pushing it where the collector sees it as a root. This is what lets many
     * threads load the same function from a shared globals dict without touching its count
     * (CPython's {@code _Py_TryIncrefCompareStackRef}).
     */
    public static boolean tryIncrefStack(PyObject o, ThreadState ts) {
        if ((o.lpGcBits() & PyObject.GC_DEFERRED) != 0) {
            if (ThreadCounters.ENABLED) ts.counters.increfDeferred++;
            return true;
        }
        return tryIncref(o, ts);
    }

    /**
     * {@link #incref} for a reader that had to fall back to a container's lock: under biased
     * counting a non-owner also sets the shared word's maybe-weakref flag when no flag is set
     * (CPython's {@code _Py_NewRefWithLock}). The flag makes the shared word non-zero even when
     * its count returns to zero, so that the next lock-free read of the same object by any
     * non-owner can {@link #tryIncref} it instead of falling back again. It costs the owner a CAS
     * instead of a plain free check when its local count reaches zero ({@code mergeZeroLocal}).
     */
    public static void increfShareable(PyObject o, ThreadState ts) {
        if (POLICY == RefcountPolicy.BIASED) BiasedRefCount.increfShareable(o, ts);
        else incref(o, ts);
    }

    /**
     * Marks {@code o} as possibly weakly referenced (free-threaded CPython's
     * {@code _PyObject_SetMaybeWeakref}), once a weak reference to it exists. Under biased
     * counting a flagless shared word gets the maybe-weakref flag, and keeps it until the
     * counts merge: a non-owner's {@link #tryIncref} (a weak reference being called on another
     * thread) can then succeed while the owner alone holds the object, and can never succeed
     * against the owner's last decref, which must win a CAS on the flagged word to free it.
     * Nothing to do under the other policies, whose {@link #tryIncref} reads the whole count.
     * The caller holds a reference to {@code o}.
     */
    public static void setMaybeWeakref(PyObject o) {
        if (POLICY == RefcountPolicy.BIASED) BiasedRefCount.setMaybeWeakref(o);
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

    /**
     * Adds {@code n} (possibly negative) references to {@code o}'s count with the world stopped,
     * for the collector folding per-thread counts in ({@link PerThreadRefs#foldWithWorldStopped}).
     * Under biased counting the counts are merged on the spot, as an owner's explicit merge: no
     * other thread runs, so nothing races the merge, and no object goes to a merge queue (where
     * draining a dead owner's queue could free objects inside the pause). The object is deferred,
     * so its bias keeps the total positive. A reference waiting in the owner's queue stays there,
     * and the owner's merge takes it off later as usual.
     */
    static void addWithWorldStopped(PyObject o, long n) {
        if (o.isImmortal() || n == 0) return;
        if (POLICY == RefcountPolicy.PLAIN) o.spLocal((int) (o.lpLocal() + n));
        else if (POLICY == RefcountPolicy.ATOMIC) o.gaaShared(n << PyObject.SHARED_SHIFT);
        else BiasedRefCount.explicitMerge(o, n);
    }

    /**
     * Revives a dead object with one reference, for its finalizer ({@link Dealloc}); other
     * threads cannot try-incref it until {@link #dropRevival} (see {@link AtomicRefCount#REVIVED}).
     */
    static void reviveForFinalizer(PyObject o, ThreadState ts) {
        if (POLICY == RefcountPolicy.ATOMIC) AtomicRefCount.revive(o, ts);
        else initNew(o, ts);
    }

    /** Drops the reference {@link #reviveForFinalizer} made; deallocates if it was the last. */
    static void dropRevival(PyObject o, ThreadState ts) {
        if (POLICY == RefcountPolicy.ATOMIC) {
            if (AtomicRefCount.dropRevival(o)) Dealloc.dealloc(o, ts);
        } else {
            decref(o, ts);
        }
    }

    /** Header state of a new object: one reference, held by its creator. */
    static void initNew(PyObject o, ThreadState ts) {
        if (POLICY == RefcountPolicy.BIASED) BiasedRefCount.initNew(o, ts);
        else if (POLICY == RefcountPolicy.ATOMIC) AtomicRefCount.initNew(o);
        else PlainRefCount.initNew(o, ts);
    }

    /**
     * Whether the caller's reference is the only one to {@code o}, so that an immutable object
     * may be overwritten in place instead of allocating its successor (free-threaded CPython's
     * {@code _PyObject_IsUniquelyReferenced}, which its float arithmetic uses the same way).
     * Biased: this thread owns it, its local count is 1 and nothing is shared — a zero shared word
     * also makes any other thread's try-incref fail, so no lock-free reader can take it meanwhile.
     * Never true for immortal or deferred objects.
     */
    public static boolean isUniquelyReferenced(PyObject o, ThreadState ts) {
        if (POLICY == RefcountPolicy.BIASED) {
            return o.lpLocal() == 1 && o.lpOwner() == ts.id && o.lvShared() == 0;
        }
        if (POLICY == RefcountPolicy.ATOMIC) return o.lpLocal() != PyObject.IMMORTAL_LOCAL && o.lvShared() == PyObject.SHARED_ONE;
        return o.lpLocal() == 1;
    }

    /**
     * The object's logical count as the collector sees it with the world stopped: for biased
     * counts, local plus shared (or shared alone once merged), less one while a non-owner's
     * decref waits in the owner's merge queue (the queued flag stands for it); 0 or less means
     * the count is not settled and the object must not be treated as garbage. Immortal objects
     * answer {@link Long#MAX_VALUE}. Exact only when no thread changes counts meanwhile.
     */
    public static long trueCount(PyObject o) {
        int local = o.lpLocal();
        if (local == PyObject.IMMORTAL_LOCAL) return Long.MAX_VALUE;
        long shared = o.lvShared();
        if (POLICY == RefcountPolicy.PLAIN) return local;
        if (POLICY == RefcountPolicy.ATOMIC) return shared >> PyObject.SHARED_SHIFT;
        long flags = shared & PyObject.SHARED_FLAG_MASK;
        long count = shared >> PyObject.SHARED_SHIFT;
        if (flags == PyObject.SHARED_MERGED) return count;
        return local + count - (flags == PyObject.SHARED_QUEUED ? 1 : 0);
    }

    /** The collector's reference to a deferred object. */
    static void addDeferredBias(PyObject o) {
        if (POLICY == RefcountPolicy.PLAIN) o.spLocal(o.lpLocal() + 1);
        else o.gaaShared(PyObject.SHARED_ONE);
    }
}
