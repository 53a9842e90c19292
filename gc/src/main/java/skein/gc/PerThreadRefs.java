package skein.gc;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-thread reference counts for a few hot shared objects — classes, whose every instance
 * holds a reference — as in CPython 3.14 ({@code _Py_INCREF_TYPE}, {@code ob_ref_local} arrays
 * indexed by a type's unique id). Without them, threads creating instances of one class all
 * write the class's shared count: one cache line bouncing between cores, and for a class made
 * by another thread an atomic operation on every instance even with no contention.
 *
 * <p>An object registered here gets an index; a thread counts its references to it in its own
 * array slot ({@link ThreadState#perThreadRefs}), plain reads and writes, no sharing. The true
 * count is the object's own count plus every thread's slot plus the slots exited threads left
 * behind. That sum is only needed by whoever frees the object, and only objects that the
 * collector frees are registered: deferred ones, which it frees after folding every slot in
 * ({@link #merge}; so does the checking-mode teardown), and hot shared leaves, registered at run
 * time, which it frees when the sum is zero ({@link HotLeaves}, a Skein extension: the same
 * arrays, an index encoded in the leaf's owner field). A slot may go negative (a thread dropping
 * a reference another took); the sum never does.
 */
public final class PerThreadRefs {
    private PerThreadRefs() {}

    private static final AtomicInteger NEXT = new AtomicInteger();
    /** Registered objects by index; copy-on-write, read without a lock by merging threads. */
    private static volatile PyObject[] objects = new PyObject[64];

    /** Registers a deferred object; returns its index (-1 if it cannot be registered). */
    public static synchronized int register(PyObject o) {
        if (!o.isDeferred()) return -1;
        int i = NEXT.getAndIncrement();
        PyObject[] a = objects;
        if (i >= a.length) a = Arrays.copyOf(a, Math.max(i + 1, a.length * 2));
        a[i] = o;
        objects = a;
        o.orGcBits(PyObject.GC_PER_THREAD);
        return i;
    }

    /** Unregisters (the collector frees it): merges are skipped for it from now on. */
    public static synchronized void unregister(int index) {
        if (index < 0) return;
        PyObject[] a = objects.clone();
        a[index] = null;
        objects = a;
    }

    /** A reference to {@code o} (registered at {@code index}, or -1: counted normally). */
    public static void incref(PyObject o, int index, ThreadState ts) {
        // The bit goes when the collector found o unreachable and folded its slots in: from then
        // on o is counted as any object, so that its last references can free it.
        if (index < 0 || (o.lpGcBits() & PyObject.GC_PER_THREAD) == 0) {
            RefCount.incref(o, ts);
            return;
        }
        long[] r = ts.perThreadRefs;
        if (index >= r.length) r = ts.growPerThreadRefs(index);
        r[index]++;
    }

    /** Drops a reference taken by {@link #incref}. Never frees: the object is deferred. */
    public static void decref(PyObject o, int index, ThreadState ts) {
        if (index < 0 || (o.lpGcBits() & PyObject.GC_PER_THREAD) == 0) {
            RefCount.decref(o, ts);
            return;
        }
        long[] r = ts.perThreadRefs;
        if (index >= r.length) r = ts.growPerThreadRefs(index);
        r[index]--;
    }

    /** This thread's references to the object at {@code index} (tests, the collector). */
    public static long count(ThreadState ts, int index) {
        long[] r = ts.perThreadRefs;
        return index < r.length ? r[index] : 0;
    }

    /** Slots of exited threads, summed per index; guarded by the class lock. Folded in only by {@link #merge}. */
    private static long[] retired = new long[64];

    /**
     * Folds {@code ts}'s slots, and the slots exited threads left, into the objects' own counts.
     * Only when no other thread can hold a slot — the collector with the world stopped, or the
     * checking-mode teardown with one thread left — because only then is the sum the true count:
     * folding one thread's negative slot while another's positive one is still out could take an
     * object's own count to zero under a live reference. Registered leaves ({@link HotLeaves})
     * go back to ordinary counting first, and are freed if nothing holds them.
     */
    public static void merge(ThreadState ts) {
        HotLeaves.foldAll(ts);
        long[] r = ts.perThreadRefs;
        PyObject[] a = objects;
        long[] exited;
        synchronized (PerThreadRefs.class) {
            exited = retired;
            retired = new long[exited.length];
        }
        int n = Math.max(r.length, exited.length);
        for (int i = 0; i < n; i++) {
            long d = (i < r.length ? r[i] : 0) + (i < exited.length ? exited[i] : 0);
            if (i < r.length) r[i] = 0;
            if (d == 0) continue;
            PyObject o = i < a.length ? a[i] : null;
            // a leaf's slots are folded by HotLeaves.foldAll, with its bias
            if (o != null && o.lpOwner() >= 0) RefCount.addDeferredRefs(o, d, ts);
        }
    }

    // ---------------------------------------------------------------- the collector's side

    /** What {@link #forEachWithWorldStopped} hands out: a registered object, its index, and its slots' sum. */
    @FunctionalInterface
    interface SlotSum {
        void accept(PyObject o, int index, long sum);
    }

    /**
     * For each registered object still counted per thread, the sum of every live thread's slot
     * and the exited threads' slots: what its own count leaves out. World stopped (the slots are
     * then still, and only then is the sum a count, see {@link #merge}).
     */
    static void forEachWithWorldStopped(SlotSum action) {
        PyObject[] a = objects;
        for (int i = 0; i < a.length; i++) {
            PyObject o = a[i];
            if (o == null || (o.lpGcBits() & PyObject.GC_PER_THREAD) == 0) continue;
            action.accept(o, i, slotSumWithWorldStopped(i));
        }
    }

    /**
     * The collector found {@code o} (registered at {@code index}) unreachable: moves every
     * thread's slot into its own count and stops counting it per thread, so that the references
     * its garbage instances drop as they are freed reach its count. World stopped.
     */
    static void foldWithWorldStopped(PyObject o, int index, long sum) {
        zeroSlotsWithWorldStopped(index);
        o.andNotGcBits(PyObject.GC_PER_THREAD);
        RefCount.addWithWorldStopped(o, sum);
    }

    // ---------------------------------------------------------------- hot shared leaves (HotLeaves)

    /** Indices of unregistered leaves, every slot at them zero, ready for reuse. Guarded by the class lock. */
    private static int[] freeIndices = new int[16];
    private static int freeCount;

    /** Gives a leaf an index (a released one if any). World stopped; the caller holds HotLeaves's lock. */
    static synchronized int registerLeafWithWorldStopped(PyObject o) {
        int i = freeCount > 0 ? freeIndices[--freeCount] : NEXT.getAndIncrement();
        PyObject[] a = objects;
        if (i >= a.length) {
            a = Arrays.copyOf(a, Math.max(i + 1, a.length * 2));
            objects = a;
        }
        // in place: with the world stopped no merge reads the array
        a[i] = o;
        return i;
    }

    /** An unregistered leaf's index: its slots are zeroed and the index reused. World stopped. */
    static synchronized void releaseLeafWithWorldStopped(int index) {
        zeroSlotsWithWorldStopped(index);
        objects[index] = null;
        if (freeCount == freeIndices.length) freeIndices = Arrays.copyOf(freeIndices, freeCount * 2);
        freeIndices[freeCount++] = index;
    }

    /**
     * For each registered leaf ({@link HotLeaves}: its owner field holds its index), the
     * sum of every thread's slot and the exited threads' ones. World stopped. The action may
     * release the object's index.
     */
    static void forEachLeafWithWorldStopped(SlotSum action) {
        PyObject[] a = objects;
        for (int i = 0; i < a.length; i++) {
            PyObject o = a[i];
            if (o == null || o.lpOwner() >= 0) continue;
            action.accept(o, i, slotSumWithWorldStopped(i));
        }
    }

    /** Zeroes every live thread's slot at {@code index} and the exited threads' one. World stopped. */
    private static void zeroSlotsWithWorldStopped(int index) {
        for (ThreadState t : ThreadRegistry.registered()) {
            long[] r = t.perThreadRefs;
            if (index < r.length) r[index] = 0;
        }
        synchronized (PerThreadRefs.class) {
            if (index < retired.length) retired[index] = 0;
        }
    }

    /** Every live thread's slot at {@code index} plus the exited threads' ones. World stopped. */
    static long slotSumWithWorldStopped(int index) {
        long sum;
        synchronized (PerThreadRefs.class) {
            sum = index < retired.length ? retired[index] : 0;
        }
        for (ThreadState t : ThreadRegistry.registered()) {
            long[] r = t.perThreadRefs;
            if (index < r.length) sum += r[index];
        }
        return sum;
    }

    /** At thread exit: the slots go to {@link #retired}, not into the objects (see {@link #merge}). */
    static void mergeExiting(ThreadState ts) {
        long[] r = ts.perThreadRefs;
        synchronized (PerThreadRefs.class) {
            if (r.length > retired.length) retired = Arrays.copyOf(retired, Math.max(r.length, retired.length * 2));
            for (int i = 0; i < r.length; i++) retired[i] += r[i];
        }
        Arrays.fill(r, 0);
    }
}
