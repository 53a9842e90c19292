package skein.metrics;

import java.util.Arrays;

/**
 * The hot counters of one thread: plain fields that only their thread writes.
 *
 * <p>Counting must not become the contention it measures, so the hot path does a plain
 * {@code counters.increfLocal++} on memory no other thread writes; a report sums every
 * thread's block with opaque reads ({@link Counter#read}). The padding keeps two threads'
 * blocks off one cache line even when the allocator puts them side by side.
 *
 * <p>Per-type tallies (allocated / freed / exempt) are indexed by {@link TypeIds}; they
 * grow on first sight of a type, which is off the hot path after warm-up.
 *
 * <p>Hot objects ({@link #HOT}, {@code skein run --metrics}): the shared refcount path samples
 * about one event in {@value #HOT_PERIOD} into a small per-thread table ({@link HotTable}), and
 * every contended lock acquisition (a slow path anyway) is recorded with its wait. Without
 * {@code --metrics} the flag is a constant false and the JIT removes both.
 */
public final class ThreadCounters {
    /** Read once at class initialisation so the JIT folds {@code if (ENABLED)} away. */
    public static final boolean ENABLED =
            Boolean.parseBoolean(System.getProperty("skein.metrics.counting", "true"));

    /**
     * {@code -Dskein.metrics.hot=true} (set by {@code skein run --metrics}): sample shared
     * refcount traffic and record contended locks per object, for the "hot objects" report.
     */
    public static final boolean HOT = ENABLED && Boolean.getBoolean("skein.metrics.hot");

    /** Mean distance between two sampled shared-path events (a random period in [1, 2 x this)). */
    public static final int HOT_PERIOD = 64;

    @SuppressWarnings("unused") private long p00, p01, p02, p03, p04, p05, p06, p07;

    public long increfLocal, increfShared, increfImmortal, increfDeferred;
    public long decrefLocal, decrefShared, decrefImmortal, decrefDeferred;
    /** References to hot shared objects counted in this thread's own slot (skein.gc.HotLeaves). */
    public long increfPerThread, decrefPerThread;
    /** Hot shared objects this thread registered for per-thread counting. */
    public long perThreadRegistered;
    /** Objects this thread pushed onto an owner's merge queue. */
    public long brcQueued;
    /** Objects whose counts this thread merged (explicitly or when the local count hit zero). */
    public long brcMerged;
    /** Objects this thread deallocated. */
    public long deallocs;
    /** Objects this thread took from its freelists instead of allocating. */
    public long freelistReuses;
    /** Per-object mutex ({@code skein.gc.PyMutex}) acquisitions by the first CAS, uncontended. */
    public long mutexFast;
    /** Mutex acquisitions after the first CAS failed, won by spinning or retrying without parking. */
    public long mutexContended;
    /** Mutex acquisitions that parked the thread at least once (disjoint from the two above). */
    public long mutexParked;
    /** Critical sections an owner ran on its biased object without the mutex ({@code skein.gc.BiasedSections}). */
    public long mutexElided;
    /** Stop-the-world pauses this thread made to turn a bias group off (a non-owner needed the mutex). */
    public long biasRevocations;
    /** Time spent in contended mutex acquisitions (spinning and parked), and the longest one. */
    public long mutexWaitNanos, mutexWaitMaxNanos;
    /** {@code _thread.lock} ({@code threading.Lock}): acquisitions at the first try; ones that had to wait; the wait. */
    public long lockFast, lockContended, lockWaitNanos, lockWaitMaxNanos;
    /** {@code _thread.RLock}: the same (a re-entry by the owner is an uncontended acquisition). */
    public long rlockFast, rlockContended, rlockWaitNanos, rlockWaitMaxNanos;
    /** Times this thread suspended its active critical sections ({@code CriticalSection.suspendAll} that released any). */
    public long csSuspensions;
    /** Times this thread detached (before blocking, or to let the GIL go). */
    public long detaches;
    /** GIL mode: takes of a free GIL; takes that had to wait, their total and longest wait; drops on request (hand-overs). */
    public long gilTakes, gilWaits, gilWaitNanos, gilWaitMaxNanos, gilDrops;
    /** Stop-the-world pauses this thread requested, their total and longest time-to-safepoint. */
    public long stwPauses, stwTtspNanos, stwTtspMaxNanos;
    /** Times this thread suspended itself at its eval breaker for a pause. */
    public long stwSuspends;
    /** Cycle collections this thread ran, the unreachable objects they found, their total and longest pause. */
    public long gcCollections, gcCollected, gcPauseNanos, gcPauseMaxNanos;
    /** Code objects this thread compiled to JVM bytecode (the second tier), their total and longest compile; declined ones. */
    public long jitCompiled, jitCompileNanos, jitCompileMaxNanos, jitDeclined;
    /** QSBR: freed objects this thread put on a freelist's pending list, to wait for a goal. */
    public long qsbrDeferred;
    /** QSBR: the most objects one freelist of this thread held pending at once. */
    public long qsbrBacklogMax;
    /** QSBR: polls (has every other attached thread passed the goal?), cheap or scanning. */
    public long qsbrPolls;
    /** QSBR: polls that had to scan every thread's read sequence (the cached minimum was behind). */
    public long qsbrScans;
    /** QSBR: polls that found their goal reached. */
    public long qsbrGoalsReached;
    /** QSBR: eval breakers this thread raised to ask a lagging thread for a quiescent state. */
    public long qsbrRequests;

    /** Shared-path events left before the next sample ({@link #HOT}). */
    private int hotCountdown = HOT_PERIOD;
    private int hotSeed;

    @SuppressWarnings("unused") private long p10, p11, p12, p13, p14, p15, p16, p17;

    private final int threadId;
    private volatile String threadName;
    private long[] allocated = new long[8];
    private long[] freed = new long[8];
    private long[] exempt = new long[8];
    /** Sampled shared refcount traffic by object; contended locks by object ({@link #HOT} only). */
    private volatile HotTable hotShared, hotLocks;
    /** Where this thread is in its program, for the hot-object tables; set by the interpreter. */
    private java.util.function.Supplier<Object> siteSource;

    public ThreadCounters(String threadName) {
        this(threadName, 0);
    }

    public ThreadCounters(String threadName, int threadId) {
        this.threadName = threadName;
        this.threadId = threadId;
        this.hotSeed = 0x9E3779B9 * (threadId + 1);
    }

    public String threadName() {
        return threadName;
    }

    /** The runtime's id of the thread (0 when made without one). */
    public int threadId() {
        return threadId;
    }

    /** The name the program gave the thread ({@code threading.Thread.name}), for reports. */
    public void rename(String name) {
        this.threadName = name;
    }

    /** Gives the hot-object tables the thread's current program location (a site object for {@link ObjectDescriber#site}). */
    public void siteSource(java.util.function.Supplier<Object> source) {
        this.siteSource = source;
    }

    // ---- hot objects (only when HOT) ----

    /**
     * A shared-path refcount event on {@code o} (owned by thread {@code ownerId}, 0 if none):
     * one in about {@value #HOT_PERIOD} is recorded. Call only under {@code if (HOT)}.
     */
    public void sampleShared(Object o, int ownerId) {
        if (--hotCountdown <= 0) recordShared(o, ownerId);
    }

    private void recordShared(Object o, int ownerId) {
        int x = hotSeed; // xorshift: a random period, so that no loop pattern aliases with it
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        hotSeed = x;
        hotCountdown = 1 + ((x >>> 1) & (2 * HOT_PERIOD - 2));
        HotTable t = hotShared;
        if (t == null) hotShared = t = new HotTable(threadId);
        t.add(o, 1, 0, ownerId, this);
    }

    /** A contended acquisition of {@code lock} that waited {@code nanos}. Call only under {@code if (HOT)}. */
    public void contendedLock(Object lock, long nanos, int ownerId) {
        HotTable t = hotLocks;
        if (t == null) hotLocks = t = new HotTable(threadId);
        t.add(lock, 1, nanos, ownerId, this);
    }

    Object site() {
        java.util.function.Supplier<Object> s = siteSource;
        if (s == null) return null;
        try {
            return s.get();
        } catch (RuntimeException e) {
            return null; // a location is a nicety: never let it disturb the program
        }
    }

    HotTable hotShared() {
        return hotShared;
    }

    HotTable hotLocks() {
        return hotLocks;
    }

    // ---- per-type tallies ----

    /** One object of type {@code typeId} was allocated (or reused) on this thread. */
    public void allocated(int typeId) {
        if (typeId >= allocated.length) grow(typeId);
        allocated[typeId]++;
    }

    /** One object of type {@code typeId} was deallocated on this thread. */
    public void freed(int typeId) {
        if (typeId >= freed.length) grow(typeId);
        freed[typeId]++;
    }

    /**
     * {@code delta} objects of type {@code typeId} became immortal or deferred (+1): the
     * runtime owns them now and they are not leaks; or stopped being so (-1).
     */
    public void exempted(int typeId, int delta) {
        if (typeId >= exempt.length) grow(typeId);
        exempt[typeId] += delta;
    }

    private void grow(int typeId) {
        int n = Math.max(typeId + 1, allocated.length * 2);
        allocated = Arrays.copyOf(allocated, n);
        freed = Arrays.copyOf(freed, n);
        exempt = Arrays.copyOf(exempt, n);
    }

    /** Adds this block's per-type tallies into {@code sums} ({@code [type][0..2]}); reporter side. */
    void addTypeTallies(long[][] sums) {
        long[] a = allocated, f = freed, e = exempt; // one racy read of each array
        for (int t = 0; t < sums.length; t++) {
            if (t < a.length) sums[t][0] += a[t];
            if (t < f.length) sums[t][1] += f[t];
            if (t < e.length) sums[t][2] += e[t];
        }
    }
}
