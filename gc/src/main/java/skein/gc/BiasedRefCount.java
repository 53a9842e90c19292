package skein.gc;

import skein.metrics.ThreadCounters;

import static skein.gc.PyObject.IMMORTAL_LOCAL;
import static skein.gc.PyObject.SHARED_FLAG_MASK;
import static skein.gc.PyObject.SHARED_MAYBE_WEAKREF;
import static skein.gc.PyObject.SHARED_MERGED;
import static skein.gc.PyObject.SHARED_ONE;
import static skein.gc.PyObject.SHARED_QUEUED;
import static skein.gc.PyObject.SHARED_SHIFT;

/**
 * Biased reference counting (free-threaded CPython, {@code Objects/object.c} and
 * {@code Python/brc.c}).
 *
 * <p>Why it pays: most objects are only ever touched by the thread that made them, so the
 * owner counts with plain loads and stores on {@code localRef} and no atomic instruction
 * at all; only other threads pay for an atomic on {@code sharedRef}. The logical count is
 * {@code local + shared - (pending merge-queue entries)}; it is exact after a merge.
 *
 * <p>Public so that benchmarks and jcstress harnesses can drive this policy directly
 * whatever the process-wide choice; the interpreter calls {@link RefCount}.
 */
public final class BiasedRefCount {
    private BiasedRefCount() {}

    static void initNew(PyObject o, ThreadState ts) {
        o.spOwner(ts.id);
        o.spLocal(1);
        o.spShared(0);
    }

    public static void incref(PyObject o, ThreadState ts) {
        int local = o.lpLocal();
        if (local == IMMORTAL_LOCAL) {
            if (ThreadCounters.ENABLED) ts.counters.increfImmortal++;
            return;
        }
        if (RuntimeConfig.CHECKING) Checks.beforeIncref(o, ts);
        int owner = o.lpOwner();
        if (owner == ts.id) {
            // Fast path: only the owner writes localRef, so a plain store is enough.
            o.spLocal(local + 1);
            if (ThreadCounters.ENABLED) ts.counters.increfLocal++;
        } else {
            increfNonOwner(o, owner, ts);
        }
    }

    /**
     * Out of {@link #incref}, so that the owner's path stays small enough for HotSpot to inline
     * everywhere (a larger {@code incref} cost single-threaded kernels 5-8%).
     */
    private static void increfNonOwner(PyObject o, int owner, ThreadState ts) {
        if (owner < 0) {
            HotLeaves.incref(owner, ts);
            return;
        }
        o.gaaShared(SHARED_ONE);
        if (ThreadCounters.ENABLED) ts.counters.increfShared++;
        if (ThreadCounters.HOT) ts.counters.sampleShared(o, owner);
        sampleHot(o, ts);
    }

    /**
     * A non-owner just took a reference to {@code o} on the shared word: if {@code o} is a leaf,
     * counts it toward {@link HotLeaves}' sampling. A header byte's load and a decrement; the
     * caller paid an atomic instruction already.
     */
    private static void sampleHot(PyObject o, ThreadState ts) {
        if (HotLeaves.ENABLED && (o.lpGcBits() & PyObject.GC_LEAF) != 0 && --ts.hotSampleCountdown <= 0) {
            HotLeaves.sample(o, ts);
        }
    }

    /**
     * CPython's {@code _Py_TryIncrefFast} then {@code _Py_TryIncRefShared}: see
     * {@link RefCount#tryIncref}.
     *
     * <p>The owner can decide from its own local count: only it writes that count, and only it
     * can free the object while it still owns it (other threads' last references reach it through
     * the merge queue, which it drains at its eval breaker, not in the middle of a read). A local
     * count of 0 on an object this thread owns means this thread freed it.
     *
     * <p>A non-owner adds to the shared word with a CAS that refuses two states:
     * <ul>
     *   <li>{@code 0} (count 0, no flag): the owner may at this moment be dropping its last local
     *       reference, and {@link #mergeZeroLocal} then frees on a plain read of 0 with no CAS
     *       that an increment could race against. The object may well be alive (the owner's
     *       count is invisible here) but nobody can tell: fail.</li>
     *   <li>{@code MERGED} with count 0: freed, or being freed.</li>
     * </ul>
     * Every other state is safe because whoever could free the object from it must first win a
     * CAS on the same word, which the increment makes fail: maybe-weakref with count 0 (the
     * owner's merge CASes it to merged), queued with any count (the owner's explicit merge
     * CASes in the total, now including this reference), merged with a positive count (the
     * last decref CASes it to merged 0).
     */
    public static boolean tryIncref(PyObject o, ThreadState ts) {
        int local = o.lpLocal();
        if (local == IMMORTAL_LOCAL) {
            if (ThreadCounters.ENABLED) ts.counters.increfImmortal++;
            return true;
        }
        if (RuntimeConfig.CHECKING) ts.checkUsable("tryIncref", o);
        int owner = o.lpOwner();
        if (owner == ts.id) {
            if (local <= 0) return false;
            o.spLocal(local + 1);
            if (ThreadCounters.ENABLED) ts.counters.increfLocal++;
            return true;
        }
        if (owner < 0) {
            // A registered object is freed only after a sweep with the world stopped found no
            // reference, and a reader reaches no safe point between loading the pointer and this
            // increment. The per-thread count (HotLeaves.incref) written out: see decref.
            int i = ~owner;
            long[] r = ts.perThreadRefs;
            if (i >= r.length) r = ts.growPerThreadRefs(i);
            r[i]++;
            if (ThreadCounters.ENABLED) ts.counters.increfPerThread++;
            return true;
        }
        long shared = o.lvShared();
        while (true) {
            if (shared == 0 || shared == SHARED_MERGED) return false;
            long witness = o.caexShared(shared, shared + SHARED_ONE);
            if (witness == shared) break;
            shared = witness;
        }
        if (ThreadCounters.ENABLED) ts.counters.increfShared++;
        if (ThreadCounters.HOT) ts.counters.sampleShared(o, owner);
        sampleHot(o, ts);
        return true;
    }

    /** See {@link RefCount#increfShareable}: a non-owner's increment that also sets maybe-weakref on a flagless word. */
    static void increfShareable(PyObject o, ThreadState ts) {
        if (o.lpLocal() == IMMORTAL_LOCAL || o.lpOwner() == ts.id || o.lpOwner() < 0) {
            incref(o, ts);
            return;
        }
        if (RuntimeConfig.CHECKING) Checks.beforeIncref(o, ts);
        long shared = o.lvShared();
        while (true) {
            long next = shared + SHARED_ONE;
            if ((shared & SHARED_FLAG_MASK) == 0) next |= SHARED_MAYBE_WEAKREF;
            long witness = o.caexShared(shared, next);
            if (witness == shared) break;
            shared = witness;
        }
        if (ThreadCounters.ENABLED) ts.counters.increfShared++;
        if (ThreadCounters.HOT) ts.counters.sampleShared(o, o.lpOwner());
    }

    /** See {@link RefCount#setMaybeWeakref}: sets maybe-weakref on a shared word with no flag. */
    public static void setMaybeWeakref(PyObject o) {
        if (o.lpLocal() == IMMORTAL_LOCAL) return;
        long shared = o.lvShared();
        while ((shared & SHARED_FLAG_MASK) == 0) {
            long witness = o.caexShared(shared, shared | SHARED_MAYBE_WEAKREF);
            if (witness == shared) return;
            shared = witness;
        }
    }

    public static void decref(PyObject o, ThreadState ts) {
        int local = o.lpLocal();
        if (local == IMMORTAL_LOCAL) {
            if (ThreadCounters.ENABLED) ts.counters.decrefImmortal++;
            return;
        }
        if (RuntimeConfig.CHECKING) Checks.beforeBiasedDecref(o, ts);
        int owner = o.lpOwner();
        if (owner == ts.id) {
            local--;
            o.spLocal(local);
            if (ThreadCounters.ENABLED) ts.counters.decrefLocal++;
            if (local == 0) mergeZeroLocal(o, ts);
        } else if (owner < 0) {
            // A hot leaf's per-thread count, written out (HotLeaves has only the incref): as a
            // call, HotSpot compiled this branch as a call when the profile said it was never
            // taken (a program warming up on the thread that made its data), and kept it. Written
            // out, an untaken branch compiles to a trap that recompiles the caller once threads
            // take it. shared_reads: 1-thread time 7% lower. Never frees: only a sweep can.
            int i = ~owner;
            long[] r = ts.perThreadRefs;
            if (i >= r.length) r = ts.growPerThreadRefs(i);
            r[i]--;
            if (ThreadCounters.ENABLED) ts.counters.decrefPerThread++;
        } else {
            decrefShared(o, ts);
        }
    }

    /**
     * The owner dropped its last local reference: free the object if nobody else counted
     * one, otherwise give up ownership (owner 0, flag merged) so that the shared count
     * alone decides from now on.
     */
    static void mergeZeroLocal(PyObject o, ThreadState ts) {
        long shared = o.laShared();
        if (shared == 0) Dealloc.dealloc(o, ts);
        else giveUpOwnership(o, shared, ts);
    }

    /**
     * The rare half of {@link #mergeZeroLocal}, out of line: every decref site that HotSpot
     * compiles inlines {@code decref} and with it {@code mergeZeroLocal}, and a CAS loop there
     * made each site's code larger, for objects other threads also hold.
     */
    private static void giveUpOwnership(PyObject o, long shared, ThreadState ts) {
        // Cleared before the flag is published, so that "owner 0" always implies "merged".
        o.spOwner(0);
        long merged;
        while (true) {
            merged = (shared & ~SHARED_FLAG_MASK) | SHARED_MERGED;
            long witness = o.caexShared(shared, merged);
            if (witness == shared) break;
            shared = witness;
        }
        if (ThreadCounters.ENABLED) ts.counters.brcMerged++;
        if (RuntimeConfig.CHECKING && merged < 0) {
            throw new RefcountError("decref", o, "negative count " + (merged >> SHARED_SHIFT) + " at merge");
        }
        if (merged == SHARED_MERGED) Dealloc.dealloc(o, ts);
    }

    /**
     * A non-owner drops a reference. If the shared count is exactly zero, the reference
     * being dropped was counted by the owner: do not subtract (the count would go negative
     * and no thread could tell when the total reaches zero) but mark the object queued and
     * hand it to the owner, who merges the counts. Later non-owner decrefs may drive the
     * shared count negative; the merge settles it.
     */
    static void decrefShared(PyObject o, ThreadState ts) {
        long shared = o.lvShared();
        boolean queue;
        long next;
        while (true) {
            queue = shared == 0 || shared == SHARED_MAYBE_WEAKREF;
            next = queue ? SHARED_QUEUED : shared - SHARED_ONE;
            long witness = o.caexShared(shared, next);
            if (witness == shared) break;
            shared = witness;
        }
        if (ThreadCounters.ENABLED) ts.counters.decrefShared++;
        if (ThreadCounters.HOT) ts.counters.sampleShared(o, o.lpOwner());
        if (queue) {
            MergeQueues.queue(o, ts);
        } else if (next == SHARED_MERGED) {
            Dealloc.dealloc(o, ts);
        } else if (RuntimeConfig.CHECKING && (next & SHARED_FLAG_MASK) == SHARED_MERGED && next < 0) {
            throw new RefcountError("decref", o, "negative count " + (next >> SHARED_SHIFT));
        }
    }

    /**
     * Folds the local count into the shared one and gives up ownership; returns the total
     * plus {@code extra}. Only the owner may call it, or anyone once the owner has exited.
     */
    static long explicitMerge(PyObject o, long extra) {
        // The owner gives up its local count *before* publishing the merged total. If it
        // cleared local/owner after the CAS, a non-owner that saw the merged flag could decref
        // to zero and free the object while the owner still writes to it (CPython gh-119999;
        // jcstress BRC_08 catches the late-clearing order).
        int local = o.lpLocal();
        o.spLocal(0);
        o.svOwner(0);
        long shared = o.lvShared();
        long total;
        while (true) {
            total = (shared >> SHARED_SHIFT) + local + extra;
            long merged = (total << SHARED_SHIFT) | SHARED_MERGED;
            long witness = o.caexShared(shared, merged);
            if (witness == shared) break;
            shared = witness;
        }
        if (RuntimeConfig.CHECKING && total < 0) {
            throw new RefcountError("merge", o, "negative count " + total);
        }
        return total;
    }
}
