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
 */
public final class ThreadCounters {
    /** Read once at class initialisation so the JIT folds {@code if (ENABLED)} away. */
    public static final boolean ENABLED =
            Boolean.parseBoolean(System.getProperty("skein.metrics.counting", "true"));

    @SuppressWarnings("unused") private long p00, p01, p02, p03, p04, p05, p06, p07;

    public long increfLocal, increfShared, increfImmortal, increfDeferred;
    public long decrefLocal, decrefShared, decrefImmortal, decrefDeferred;
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
    /** Times this thread suspended its active critical sections ({@code CriticalSection.suspendAll} that released any). */
    public long csSuspensions;
    /** Times this thread detached (before blocking, or to let the GIL go). */
    public long detaches;
    /** GIL mode: times this thread had to wait for the GIL; times it dropped it on request. */
    public long gilWaits, gilDrops;
    /** Stop-the-world pauses this thread requested, their total and longest time-to-safepoint. */
    public long stwPauses, stwTtspNanos, stwTtspMaxNanos;
    /** Times this thread suspended itself at its eval breaker for a pause. */
    public long stwSuspends;
    /** Cycle collections this thread ran, the unreachable objects they found, their total and longest pause. */
    public long gcCollections, gcCollected, gcPauseNanos, gcPauseMaxNanos;
    /** QSBR: freed objects this thread put on a freelist's pending list, to wait for a goal. */
    public long qsbrDeferred;
    /** QSBR: polls (has every other attached thread passed the goal?), cheap or scanning. */
    public long qsbrPolls;
    /** QSBR: polls that had to scan every thread's read sequence (the cached minimum was behind). */
    public long qsbrScans;
    /** QSBR: polls that found their goal reached. */
    public long qsbrGoalsReached;
    /** QSBR: eval breakers this thread raised to ask a lagging thread for a quiescent state. */
    public long qsbrRequests;

    @SuppressWarnings("unused") private long p10, p11, p12, p13, p14, p15, p16, p17;

    private final String threadName;
    private long[] allocated = new long[8];
    private long[] freed = new long[8];
    private long[] exempt = new long[8];

    public ThreadCounters(String threadName) {
        this.threadName = threadName;
    }

    public String threadName() {
        return threadName;
    }

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
