package skein.gc;

import skein.metrics.ThreadCounters;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-thread reference counts for hot shared leaves: exact ints, floats and strs
 * ({@link PyObject#GC_LEAF}) that threads other than their creator keep taking references to.
 * A Skein extension, not in CPython 3.14t.
 *
 * <p>Why: two threads reading one shared list of ints each take and drop a reference to every
 * item they read. The items were made by another thread (the main one, usually), so every one
 * of those references is an atomic add on the item's shared count, and with two readers the
 * same cache lines bounce between cores. CPython 3.14t pays exactly that; Skein's
 * {@code shared_reads} workload ran slower on two threads than on one. Deferring such objects
 * is not an option (a frame-stack slot does not say whether it was counted, so an object cannot
 * start being deferred while references to it are on stacks), but counting them per thread is:
 * once registered, a leaf is counted in each thread's own slot of {@link PerThreadRefs}, plain
 * writes, no sharing.
 *
 * <h2>The protocol</h2>
 * <ul>
 *   <li><b>Sampling.</b> Every {@link #SAMPLE_PERIOD}-th non-owner increment of a leaf on a
 *       thread samples it. A leaf sampled {@link #HOT_SAMPLES} times (by any threads; the count
 *       lives in its mutex byte, which no critical section uses for a leaf) is hot: the thread
 *       takes one more reference to it (a candidate) and keeps it in its list. A full list raises
 *       {@link EvalBreaker#PER_THREAD_REFS}. Without the threshold, two threads reading a big
 *       list once each registered 4,096 items they never read again, in 128 pauses, and ran
 *       10-20% slower.</li>
 *   <li><b>Registration, world stopped</b> ({@link #registerCandidates}, at the sampling
 *       thread's eval breaker). With every other thread suspended at a safe point nobody is in
 *       the middle of a count change, so the owner's local count can be merged into the shared
 *       word by anyone ({@link BiasedRefCount#explicitMerge}). The owner field then gets
 *       {@code -(index + 1)}: no thread's id, so every thread, the former owner too, takes the
 *       non-owner path, which sees the negative owner and counts in its slot. The candidate's
 *       reference stays in the shared word as the registry's bias. The pause orders the
 *       registration before every later access of every thread.</li>
 *   <li><b>Counting.</b> The true count is the shared word's count, less the bias, plus every
 *       thread's slot (and the exited threads' ones). A reference taken in one thread's slot may
 *       be dropped in another's: slots go negative, the sum does not. Increments and decrements
 *       never free: the shared word keeps at least the bias, because after the pause no
 *       reference is dropped from it that was not counted in it.</li>
 *   <li><b>Freeing, world stopped</b> ({@link #sweepWithWorldStopped}, in every collection and
 *       before a registration that finds the registry full): a leaf whose sum is zero has no
 *       reference anywhere. It is freed, its slots zeroed and its index reused.</li>
 *   <li><b>Teardown</b> ({@link #foldAll}, checking mode, one thread left): every leaf goes back
 *       to ordinary counting with its slots folded in, and is freed if nothing holds it.</li>
 * </ul>
 *
 * <p>Why only leaves: a registered object is freed at the next sweep after its last reference
 * goes, not at once. A leaf has no finalizer, no weak references and no references of its own,
 * so nothing a program can observe changes, only when its memory comes back. A list or dict
 * freed late would free its items late, and their {@code __del__} and weak-reference callbacks
 * with them (the golden {@code threads/weakref_containers.py} shows it when containers are
 * registered too). Containers read through a local need no count at all
 * ({@code LOAD_FAST_BORROW}, also for a method call's self).
 *
 * <p>Only under biased counting (the free-threaded default). {@code -Dskein.perthread.leaves=0}
 * turns it off, to compare with CPython's behaviour; {@code -Dskein.perthread.sample=N} sets the
 * sampling period (1: every non-owner increment of a leaf, which the test modes use) and
 * {@code -Dskein.perthread.hot=N} the samples that make a leaf hot.
 */
public final class HotLeaves {
    private HotLeaves() {}

    /** Registered leaves at most (0: never register); a full registry sweeps, then stops sampling until some die. */
    public static final int MAX_LEAVES = Integer.getInteger("skein.perthread.leaves", 4096);
    /** A thread samples every this many non-owner increments of leaves. */
    static final int SAMPLE_PERIOD = Math.max(1, Integer.getInteger("skein.perthread.sample", 16));
    /** Samples that make a leaf hot (about {@code HOT_SAMPLES x SAMPLE_PERIOD} non-owner references). */
    static final int HOT_SAMPLES = Math.max(1, Math.min(100, Integer.getInteger("skein.perthread.hot", 4)));
    /** Candidates a thread collects before it asks for a pause to register them. */
    static final int BATCH = 32;
    /** Whether sampling runs at all. */
    static final boolean ENABLED = MAX_LEAVES > 0 && RuntimeConfig.POLICY == RefcountPolicy.BIASED && !RuntimeConfig.GIL;

    /** Leaves registered now; written under the class lock with the world stopped, read racily by samplers. */
    private static volatile int registered;
    /** Whether the registry was found full with nothing to sweep: sampling waits for a collection. */
    private static volatile boolean full;

    /** The owner field of a registered leaf: its index, encoded as no thread's id. */
    static int ownerOf(int index) {
        return -(index + 1);
    }

    static int indexOf(int owner) {
        return -owner - 1;
    }

    /**
     * A leaf registered at the index {@code owner} encodes gets one more reference from {@code ts}
     * (a non-owner's {@code incref}). {@code BiasedRefCount.tryIncref} and {@code decref} write
     * the same count out in their branch instead of calling (see there why); a decrement never
     * frees: only a sweep can see the sum reach zero.
     */
    static void incref(int owner, ThreadState ts) {
        int i = indexOf(owner);
        long[] r = ts.perThreadRefs;
        if (i >= r.length) r = ts.growPerThreadRefs(i);
        r[i]++;
        if (ThreadCounters.ENABLED) ts.counters.increfPerThread++;
    }

    /**
     * Called on a non-owner's increment of a leaf ({@code o}, which the caller now holds a
     * reference to) when the thread's countdown ran out: makes it a candidate once it is hot.
     */
    static void sample(PyObject o, ThreadState ts) {
        ts.hotSampleCountdown = SAMPLE_PERIOD;
        if (full || ts.hotCandidateCount >= BATCH) return;
        int seen = o.lpMutex() + 1; // racy: a lost count only delays
        if (seen < HOT_SAMPLES) {
            o.spMutex((byte) seen);
            return;
        }
        o.spMutex((byte) 0);
        if (addCandidate(o, ts)) ts.evalBreaker().raise(EvalBreaker.PER_THREAD_REFS);
    }

    /** Takes the candidate's own reference, which keeps it alive until the pause and there becomes the bias; returns whether the batch is full. */
    private static boolean addCandidate(PyObject o, ThreadState ts) {
        o.gaaShared(PyObject.SHARED_ONE);
        ts.hotCandidates[ts.hotCandidateCount++] = o;
        return ts.hotCandidateCount == BATCH;
    }

    /**
     * At {@code ts}'s eval breaker: stops the world and registers its candidates. A candidate
     * already registered (sampled twice) or waiting in a merge queue (its count is not settled)
     * is not registered; its reference is dropped after the pause, by the ordinary path.
     */
    static void registerCandidates(ThreadState ts) {
        int n = ts.hotCandidateCount;
        if (n == 0) return;
        PyObject[] candidates = ts.hotCandidates;
        List<PyObject> drop = new ArrayList<>();
        StopTheWorld.stop(ts);
        try {
            synchronized (HotLeaves.class) {
                if (registered + n > MAX_LEAVES) sweepLocked(ts);
                for (int k = 0; k < n; k++) {
                    PyObject o = candidates[k];
                    candidates[k] = null;
                    long flags = o.lpShared() & PyObject.SHARED_FLAG_MASK;
                    if (registered >= MAX_LEAVES || o.lpOwner() < 0 || o.isImmortal() || flags == PyObject.SHARED_QUEUED) {
                        drop.add(o);
                        continue;
                    }
                    BiasedRefCount.explicitMerge(o, 0); // at least the candidate's reference: never 0
                    o.spOwner(ownerOf(PerThreadRefs.registerLeafWithWorldStopped(o)));
                    registered++;
                    if (ThreadCounters.ENABLED) ts.counters.perThreadRegistered++;
                }
                full = registered >= MAX_LEAVES;
            }
        } finally {
            ts.hotCandidateCount = 0;
            StopTheWorld.start(ts);
        }
        for (PyObject o : drop) RefCount.decref(o, ts);
    }

    /**
     * Frees every registered leaf nothing refers to any more. World stopped (the collector's
     * pause): only then do the slots hold still and add up to the count.
     */
    static void sweepWithWorldStopped(ThreadState ts) {
        if (!ENABLED) return;
        synchronized (HotLeaves.class) {
            sweepLocked(ts);
            full = registered >= MAX_LEAVES;
        }
    }

    private static void sweepLocked(ThreadState ts) {
        PerThreadRefs.forEachLeafWithWorldStopped((o, index, slots) -> {
            long count = trueCount(o, slots);
            if (count > 0) return;
            if (count < 0) throw new RefcountError("sweep", o, "per-thread count sums to " + count);
            unregisterLocked(o, index, 0);
            Dealloc.dealloc(o, ts); // a leaf: nothing to finalize, clear or recycle
        });
    }

    /** A registered leaf's references: its merged shared count, less the bias, plus its slots' sum. */
    private static long trueCount(PyObject o, long slots) {
        return (o.lpShared() >> PyObject.SHARED_SHIFT) - 1 + slots;
    }

    /** Back to ordinary counting with {@code count} references, merged. World stopped, class lock held. */
    private static void unregisterLocked(PyObject o, int index, long count) {
        PerThreadRefs.releaseLeafWithWorldStopped(index);
        registered--;
        o.spOwner(0);
        o.spShared((count << PyObject.SHARED_SHIFT) | PyObject.SHARED_MERGED);
    }

    /**
     * Checking-mode teardown, with no other thread left: drops {@code ts}'s candidates, and
     * returns every leaf to ordinary counting, its slots folded into its count less the bias,
     * freeing those that nothing holds.
     */
    static void foldAll(ThreadState ts) {
        dropCandidates(ts);
        if (!ENABLED) return;
        List<PyObject> free = new ArrayList<>();
        synchronized (HotLeaves.class) {
            PerThreadRefs.forEachLeafWithWorldStopped((o, index, slots) -> {
                long count = trueCount(o, slots);
                if (count < 0) throw new RefcountError("fold", o, "per-thread count sums to " + count);
                unregisterLocked(o, index, count);
                if (count == 0) free.add(o);
            });
            full = false;
        }
        for (PyObject o : free) Dealloc.dealloc(o, ts);
    }

    /** A thread leaving, or the teardown: the references its unregistered candidates held go. */
    static void dropCandidates(ThreadState ts) {
        int n = ts.hotCandidateCount;
        ts.hotCandidateCount = 0;
        for (int k = 0; k < n; k++) {
            PyObject o = ts.hotCandidates[k];
            ts.hotCandidates[k] = null;
            RefCount.decref(o, ts);
        }
    }

    /**
     * Registers leaf {@code o} at once, in a pause of its own (tests and jcstress harnesses; the
     * runtime registers what sampling found). The caller is attached and holds a reference.
     * Returns whether {@code o} is registered now.
     */
    public static boolean registerNow(PyObject o, ThreadState ts) {
        if (!ENABLED || (o.lpGcBits() & PyObject.GC_LEAF) == 0) return false;
        if (ts.hotCandidateCount >= BATCH) registerCandidates(ts);
        addCandidate(o, ts);
        registerCandidates(ts);
        return isRegistered(o);
    }

    /**
     * Stops the world and frees the registered leaves nothing refers to, as every collection
     * does (tests and jcstress harnesses). The caller is attached.
     */
    public static void sweepNow(ThreadState ts) {
        StopTheWorld.stop(ts);
        try {
            sweepWithWorldStopped(ts);
        } finally {
            StopTheWorld.start(ts);
        }
    }

    /**
     * Registers {@code ts}'s pending candidates, then frees every registered leaf that nothing
     * refers to (each step in its own pause). What a leak count taken mid-run needs first: a
     * candidate holds a reference until its thread's next registration pause, and a registered
     * leaf whose last reference went lives until the next sweep; neither is a leak.
     */
    public static void settleNow(ThreadState ts) {
        registerCandidates(ts);
        sweepNow(ts);
    }

    /** Leaves registered now (tests, reports). */
    public static int registeredCount() {
        return registered;
    }

    /** Whether {@code o} is counted per thread now. */
    public static boolean isRegistered(PyObject o) {
        return o.lpOwner() < 0;
    }
}
