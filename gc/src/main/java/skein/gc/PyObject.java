package skein.gc;

import skein.metrics.TypeIds;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The header every Skein object carries: free-threaded CPython's {@code ob_tid},
 * {@code ob_ref_local}, {@code ob_ref_shared}, {@code ob_mutex} and {@code ob_gc_bits}.
 *
 * <p>Layout cost: two ints, a long, two bytes and a short (the tally type id), 20 bytes of fields. With HotSpot's
 * 12-byte header a bare header object is 32 bytes against 16 for {@code new Object()}
 * (the JMH module's {@code HeaderFootprint} prints the JOL layout).
 *
 * <h2>Accessor names</h2>
 * As in JCTools, an accessor's prefix names its memory ordering: {@code lp}/{@code sp} plain
 * load/store, {@code lo}/{@code so} opaque load / ordered (release) store, {@code la}
 * acquire load, {@code lv}/{@code sv} volatile load/store, {@code cas} compare-and-set,
 * {@code caex} compare-and-exchange (returns the witness), {@code gaa} get-and-add. They are
 * public so that protocol variants (jcstress, benchmarks) can be written against the same
 * header, but only the refcount policies and the collector should call them.
 *
 * <h2>Who writes what</h2>
 * <ul>
 *   <li>{@code ownerTid}: set at birth; cleared to 0 (never to another id) when the counts merge;
 *       {@code -(index + 1)}, no thread's id, while a hot leaf is counted per thread
 *       ({@link HotLeaves}: set and cleared with the world stopped).</li>
 *   <li>{@code localRef}: the owner only, plain writes; after the owner exited, whoever merges.
 *       {@link #IMMORTAL_LOCAL} marks immortal objects.</li>
 *   <li>{@code sharedRef}: any thread, atomically: {@code count << 2 | flags}.</li>
 *   <li>{@code mutex}: any thread, CAS (critical sections, which lock containers only); a leaf's,
 *       never locked, counts {@link HotLeaves}' samples instead (racy plain writes).</li>
 *   <li>{@code gcBits}: the collector, and deallocation ({@link #FREED}).</li>
 * </ul>
 */
public abstract class PyObject {
    /** {@code localRef} of an immortal object: its counts never change. */
    public static final int IMMORTAL_LOCAL = -1;

    public static final int SHARED_SHIFT = 2;
    /** One reference in {@code sharedRef}. */
    public static final long SHARED_ONE = 1L << SHARED_SHIFT;
    public static final long SHARED_FLAG_MASK = SHARED_ONE - 1;
    /** Flag: nothing special. */
    public static final long SHARED_DEFAULT = 0;
    /** Flag: a weak reference may exist (set by weakref creation, {@link RefCount#setMaybeWeakref}). */
    public static final long SHARED_MAYBE_WEAKREF = 1;
    /** Flag: a non-owner queued the object to its owner's merge queue; the queue holds one reference. */
    public static final long SHARED_QUEUED = 2;
    /** Flag: local and shared counts have been merged; {@code sharedRef} alone is the count. */
    public static final long SHARED_MERGED = 3;

    public static final byte GC_TRACKED = 1;
    /** References from frame stacks are not counted; only the collector frees it. */
    public static final byte GC_DEFERRED = 2;
    public static final byte GC_FINALIZED = 4;
    /** May be read without a lock by other threads (lock-free container reads, later issue). */
    public static final byte GC_SHARED = 8;
    /** Deallocated; set once, cleared only when a freelist hands the object out again. */
    public static final byte GC_FREED = 16;
    /**
     * The object's references are counted per thread ({@link PerThreadRefs}); cleared, with the
     * world stopped, when the collector folds the per-thread counts into a garbage object's own.
     */
    public static final byte GC_PER_THREAD = 32;
    /**
     * Set at construction by types whose instances need nothing at deallocation — no finalizer,
     * no weak references, no references of their own, no freelist (exact int, float, str) — so
     * {@link Dealloc} can skip its general path for the objects that die most often.
     */
    public static final byte GC_LEAF = 64;
    /**
     * A candidate of the running collection (world stopped): its owner field holds its candidate
     * number meanwhile ({@code Collector.Graph}); after the numbering, only the garbage keeps it,
     * until the end of the pause.
     */
    public static final byte GC_COLLECTING = (byte) 0x80;

    private static final VarHandle OWNER, LOCAL, SHARED, MUTEX, GC_BITS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            OWNER = l.findVarHandle(PyObject.class, "ownerTid", int.class);
            LOCAL = l.findVarHandle(PyObject.class, "localRef", int.class);
            SHARED = l.findVarHandle(PyObject.class, "sharedRef", long.class);
            MUTEX = l.findVarHandle(PyObject.class, "mutex", byte.class);
            GC_BITS = l.findVarHandle(PyObject.class, "gcBits", byte.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Dense per-class ids for allocation/free tallies (leak reports, {@code skein.objects.*} meters). */
    private static final ClassValue<Integer> TYPE_IDS = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return TypeIds.register(defaultTypeName(type));
        }
    };

    private int ownerTid;
    private int localRef;
    private long sharedRef;
    @SuppressWarnings("unused") // used through MUTEX by critical sections (issue 4)
    private byte mutex;
    private byte gcBits;
    /**
     * {@link #typeId()} + 1, remembered at construction (0: not known). Deallocation tallies the
     * type of every object it frees; asking the class each time is a {@code ClassValue} look-up
     * per free. The two bytes fill the header's alignment gap, so they cost no memory.
     */
    private short typeIdPlusOne;

    /** A new object holding one reference, owned by (biased toward) {@code ts}. */
    protected PyObject(ThreadState ts) {
        RefCount.initNew(this, ts);
        if (RuntimeConfig.TALLY) {
            // the thread's cache before the ClassValue (see ThreadState.tallyClasses)
            Class<?> c = getClass();
            int slot = System.identityHashCode(c) & (ThreadState.TALLY_CACHE_SIZE - 1);
            int id;
            if (ts.tallyClasses[slot] == c) {
                id = ts.tallyIds[slot];
            } else {
                id = TYPE_IDS.get(c);
                ts.tallyClasses[slot] = c;
                ts.tallyIds[slot] = id;
            }
            if (id < Short.MAX_VALUE) typeIdPlusOne = (short) (id + 1);
            ts.counters.allocated(id);
        }
    }

    /**
     * An object immortal from birth (None, True, small ints, builtin types): made before any
     * thread attaches and never counted, so it needs no thread state and is not tallied.
     */
    protected PyObject() {
        localRef = IMMORTAL_LOCAL;
    }

    /**
     * The Python-visible type name, for error messages. The default derives it from the
     * Java class as the tallies do ({@code PyList} is "list", {@code Node} is "node").
     */
    public String typeName() {
        return defaultTypeName(getClass());
    }

    /** "list" for {@code PyList}: drop a leading "Py" and lower-case the first letter. */
    static String defaultTypeName(Class<?> type) {
        String n = type.getSimpleName();
        if (n.length() > 2 && n.startsWith("Py") && Character.isUpperCase(n.charAt(2))) n = n.substring(2);
        return n.isEmpty() ? type.getName() : Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    /**
     * Drops this object's own references (decref each child through {@link RefCount}).
     * Called once, by {@link Dealloc}, after the count reached zero. A child whose count
     * then reaches zero is queued, not freed recursively, so a long chain frees in a loop.
     */
    protected void clearReferences(ThreadState ts) {}

    /**
     * Whether the type has a finalizer (Python's {@code __del__}) that must run when the count
     * reaches zero, before the object's references are dropped (CPython's {@code tp_finalize}).
     */
    protected boolean hasFinalizer() {
        return false;
    }

    /**
     * Runs the finalizer. The object holds one temporary reference meanwhile; if the
     * finalizer stores the object somewhere (resurrection) it survives, and it is never
     * finalized a second time. Must not throw.
     */
    protected void finalizeObject(ThreadState ts) {}

    /**
     * Clears the weak references to this object and calls their callbacks (CPython's
     * {@code PyObject_ClearWeakRefs}). Called once by {@link Dealloc}, after the finalizer ran
     * without resurrecting the object and before {@link #clearReferences}, from the thread's
     * dealloc loop (so callbacks, which are Python code, do not nest on the Java stack). Types
     * that can be weakly referenced override it; the weak-reference list itself lives in the
     * interpreter's objects.
     */
    protected void clearWeakRefs(ThreadState ts) {}

    /** What {@link #traverse} calls for each child (CPython's {@code visitproc}). */
    @FunctionalInterface
    public interface Visitor {
        void visit(PyObject child);

        /**
         * A child held as a frame's stack reference ({@link RefCount#increfStack}): counted
         * unless the child is deferred. A suspended generator's frame visits its locals and
         * stack this way, so that the collector subtracts only the references that are in the
         * counts, while still following all of them when it marks what is reachable. By
         * default the same as {@link #visit}.
         */
        default void visitStackRef(PyObject child) {
            visit(child);
        }
    }

    /**
     * Visits every object this one holds a counted (strong) reference to — CPython's
     * {@code tp_traverse}. The cycle collector subtracts these references from the children's
     * counts to find what only garbage refers to, then follows them to mark what is reachable.
     * Containers that can be part of a cycle override it (and are tracked, see
     * {@link ThreadState#track}); a reference missed here makes its target look reachable from
     * outside (a leak, never a wrong free); a reference visited but not counted would free a live
     * object. Called with the world stopped (or by the owning thread), so no lock is taken; a
     * null child is skipped by the caller's visitor.
     */
    public void traverse(Visitor v) {}

    /**
     * Drops the references that could keep a cycle alive, leaving the object valid but empty
     * (CPython's {@code tp_clear}): what the collector does to unreachable objects, and what
     * the runtime does to functions, classes and modules at shutdown in checking mode.
     */
    public void clearForCollector(ThreadState ts) {}

    /**
     * Whether {@code gc.collect()} counts this object when it collects it. False for parts of
     * another object that CPython does not make a separate object of (an instance's attribute
     * dictionary that Python code never saw: CPython 3.11 keeps those values inline); collected
     * all the same.
     */
    public boolean countedWhenCollected() {
        return true;
    }

    /** The freelist this type returns to when freed ({@link Freelists#register}); -1 for none. */
    protected int freelistKind() {
        return -1;
    }

    final int typeId() {
        int known = typeIdPlusOne;
        return known > 0 ? known - 1 : TYPE_IDS.get(getClass());
    }

    // ---- state queries (racy snapshots, for checks and reports) ----

    public final boolean isImmortal() {
        return lpLocal() == IMMORTAL_LOCAL;
    }

    public final boolean isDeferred() {
        return (lpGcBits() & GC_DEFERRED) != 0;
    }

    public final boolean isTracked() {
        return (lpGcBits() & GC_TRACKED) != 0 && !isFreed();
    }

    public final boolean isFreed() {
        return (loGcBits() & GC_FREED) != 0;
    }

    /**
     * The logical count as far as this thread can see: local plus shared. Exact only when
     * no other thread is using the object (tests, a stopped world).
     */
    public final long refcountSnapshot() {
        int local = lpLocal();
        if (local == IMMORTAL_LOCAL) return Long.MAX_VALUE;
        return local + (lvShared() >> SHARED_SHIFT);
    }

    /** Checking mode: fail if the object was freed. The interpreter calls this on every use it checks. */
    public final void checkLive(String operation) {
        if (RuntimeConfig.CHECKING && isFreed()) {
            throw new RefcountError(operation, this, "use after free");
        }
    }

    // ---- lifetime changes, by the object's creator before it is shared ----

    /** Makes the object immortal: its counts never change again and it is never freed. */
    public final void makeImmortal(ThreadState ts) {
        if (isImmortal()) return;
        spLocal(IMMORTAL_LOCAL);
        svOwner(0);
        if (RuntimeConfig.TALLY) ts.counters.exempted(typeId(), 1);
    }

    /**
     * Makes the object's refcount deferred: stack references ({@link RefCount#increfStack})
     * stop counting and a collector-held bias keeps it alive until
     * {@link RefCount#releaseDeferred} (the collector) takes the bias away.
     */
    public final void makeDeferred(ThreadState ts) {
        if (isDeferred() || isImmortal()) return;
        RefCount.addDeferredBias(this);
        orGcBits(GC_DEFERRED);
        if (RuntimeConfig.CHECKING) DeferredObjects.add(this);
        if (RuntimeConfig.TALLY) ts.counters.exempted(typeId(), 1);
    }

    /** See {@link #GC_LEAF}: for a constructor of such a type, before the object is published. */
    protected final void markLeaf() {
        gcBits |= GC_LEAF;
    }

    /** Re-initialises the header of an object handed out again by a freelist. */
    final void reincarnate(ThreadState ts) {
        spGcBits((byte) 0);
        RefCount.initNew(this, ts);
        if (RuntimeConfig.TALLY) ts.counters.allocated(typeId());
    }

    // ---- ordered accessors ----
    // Plain loads and stores are field accesses, not VarHandle calls: the same memory semantics,
    // but they stay a single instruction where C2 has run out of inlining budget (the eval loop),
    // where a VarHandle access becomes a call through its guards.

    /**
     * The {@link BiasGroup} of this object if it was made {@linkplain BiasedSections biased}, else
     * null. Read only by a thread about to lock it ({@link BiasedSections#revoke}).
     */
    public BiasGroup biasGroup() { return null; }

    public final int lpOwner() { return ownerTid; }
    public final int lvOwner() { return (int) OWNER.getVolatile(this); }
    public final void spOwner(int tid) { ownerTid = tid; }
    public final void svOwner(int tid) { OWNER.setVolatile(this, tid); }

    public final int lpLocal() { return localRef; }
    public final void spLocal(int v) { localRef = v; }

    public final long lpShared() { return sharedRef; }
    public final long laShared() { return (long) SHARED.getAcquire(this); }
    public final long lvShared() { return (long) SHARED.getVolatile(this); }
    public final void spShared(long v) { sharedRef = v; }
    public final boolean casShared(long expect, long update) { return SHARED.compareAndSet(this, expect, update); }
    public final long caexShared(long expect, long update) { return (long) SHARED.compareAndExchange(this, expect, update); }
    /** Atomically adds and returns the previous value. */
    public final long gaaShared(long delta) { return (long) SHARED.getAndAdd(this, delta); }

    public final byte lvMutex() { return (byte) MUTEX.getVolatile(this); }
    /** A leaf's mutex byte, which no critical section uses: {@link HotLeaves} counts samples in it. */
    public final byte lpMutex() { return mutex; }
    public final void spMutex(byte v) { mutex = v; }
    public final boolean casMutex(byte expect, byte update) { return MUTEX.compareAndSet(this, expect, update); }
    public final void soMutex(byte v) { MUTEX.setRelease(this, v); }

    public final byte lpGcBits() { return gcBits; }
    public final byte loGcBits() { return (byte) GC_BITS.getOpaque(this); }
    public final void spGcBits(byte v) { gcBits = v; }
    /** Atomically sets {@code bits}; returns the previous bits. */
    public final byte orGcBits(byte bits) { return (byte) GC_BITS.getAndBitwiseOr(this, bits); }
    /** Atomically clears {@code bits}; returns the previous bits. */
    public final byte andNotGcBits(byte bits) { return (byte) GC_BITS.getAndBitwiseAnd(this, (byte) ~bits); }
}
