package skein.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Every hot counter of {@link ThreadCounters}, with the Micrometer meter it feeds (names as in
 * DESIGN.md: {@code skein.refcount.ops{op,path}}, {@code skein.brc.*}, ...). Most counters are
 * one meter each; the parts of a timer ({@code ...Nanos}, {@code ...MaxNanos}) and the lock
 * counters that {@link Meters} combines name the meter they go into. {@code MAX} counters are
 * combined across threads by maximum, the others by sum.
 */
public enum Counter {
    INCREF_LOCAL("increfLocal", "skein.refcount.ops", "op", "incref", "path", "local"),
    INCREF_SHARED("increfShared", "skein.refcount.ops", "op", "incref", "path", "shared"),
    INCREF_IMMORTAL("increfImmortal", "skein.refcount.ops", "op", "incref", "path", "immortal"),
    INCREF_DEFERRED("increfDeferred", "skein.refcount.ops", "op", "incref", "path", "deferred"),
    DECREF_LOCAL("decrefLocal", "skein.refcount.ops", "op", "decref", "path", "local"),
    DECREF_SHARED("decrefShared", "skein.refcount.ops", "op", "decref", "path", "shared"),
    DECREF_IMMORTAL("decrefImmortal", "skein.refcount.ops", "op", "decref", "path", "immortal"),
    DECREF_DEFERRED("decrefDeferred", "skein.refcount.ops", "op", "decref", "path", "deferred"),
    INCREF_PER_THREAD("increfPerThread", "skein.refcount.ops", "op", "incref", "path", "per_thread"),
    DECREF_PER_THREAD("decrefPerThread", "skein.refcount.ops", "op", "decref", "path", "per_thread"),
    PER_THREAD_REGISTERED("perThreadRegistered", "skein.refcount.per_thread.registered"),
    BRC_QUEUED("brcQueued", "skein.brc.queued"),
    BRC_MERGED("brcMerged", "skein.brc.merged"),
    DEALLOCS("deallocs", "skein.objects.deallocated"),
    FREELIST_REUSES("freelistReuses", "skein.freelist.reused"),
    MUTEX_FAST("mutexFast", "skein.lock.acquire", "lock", "object", "contended", "false"),
    MUTEX_CONTENDED("mutexContended", "skein.lock.acquire", "lock", "object", "contended", "true"),
    MUTEX_PARKED("mutexParked", "skein.lock.parked", "lock", "object"),
    MUTEX_ELIDED("mutexElided", "skein.lock.elided", "lock", "object"),
    BIAS_REVOCATIONS("biasRevocations", "skein.lock.bias_revocations"),
    MUTEX_WAIT_NANOS("mutexWaitNanos", "skein.lock.wait", "lock", "object"),
    MUTEX_WAIT_MAX_NANOS("mutexWaitMaxNanos", Agg.MAX, "skein.lock.wait", "lock", "object"),
    LOCK_FAST("lockFast", "skein.lock.acquire", "lock", "lock", "contended", "false"),
    LOCK_CONTENDED("lockContended", "skein.lock.acquire", "lock", "lock", "contended", "true"),
    LOCK_WAIT_NANOS("lockWaitNanos", "skein.lock.wait", "lock", "lock"),
    LOCK_WAIT_MAX_NANOS("lockWaitMaxNanos", Agg.MAX, "skein.lock.wait", "lock", "lock"),
    RLOCK_FAST("rlockFast", "skein.lock.acquire", "lock", "rlock", "contended", "false"),
    RLOCK_CONTENDED("rlockContended", "skein.lock.acquire", "lock", "rlock", "contended", "true"),
    RLOCK_WAIT_NANOS("rlockWaitNanos", "skein.lock.wait", "lock", "rlock"),
    RLOCK_WAIT_MAX_NANOS("rlockWaitMaxNanos", Agg.MAX, "skein.lock.wait", "lock", "rlock"),
    CS_SUSPENSIONS("csSuspensions", "skein.critical_section.suspensions"),
    DETACHES("detaches", "skein.thread.detaches"),
    GIL_TAKES("gilTakes", "skein.lock.acquire", "lock", "gil", "contended", "false"),
    GIL_WAITS("gilWaits", "skein.lock.acquire", "lock", "gil", "contended", "true"),
    GIL_WAIT_NANOS("gilWaitNanos", "skein.lock.wait", "lock", "gil"),
    GIL_WAIT_MAX_NANOS("gilWaitMaxNanos", Agg.MAX, "skein.lock.wait", "lock", "gil"),
    GIL_DROPS("gilDrops", "skein.gil.switches"),
    STW_PAUSES("stwPauses", "skein.safepoint.ttsp"),
    STW_TTSP_NANOS("stwTtspNanos", "skein.safepoint.ttsp"),
    STW_TTSP_MAX_NANOS("stwTtspMaxNanos", Agg.MAX, "skein.safepoint.ttsp"),
    STW_SUSPENDS("stwSuspends", "skein.safepoint.suspends"),
    GC_COLLECTIONS("gcCollections", "skein.gc.collections"),
    GC_COLLECTED("gcCollected", "skein.gc.collected"),
    GC_PAUSE_NANOS("gcPauseNanos", "skein.gc.pause"),
    GC_PAUSE_MAX_NANOS("gcPauseMaxNanos", Agg.MAX, "skein.gc.pause"),
    JIT_COMPILED("jitCompiled", "skein.jit.compile"),
    JIT_COMPILE_NANOS("jitCompileNanos", "skein.jit.compile"),
    JIT_COMPILE_MAX_NANOS("jitCompileMaxNanos", Agg.MAX, "skein.jit.compile"),
    JIT_DECLINED("jitDeclined", "skein.jit.declined"),
    QSBR_DEFERRED("qsbrDeferred", "skein.qsbr.deferred"),
    QSBR_BACKLOG_MAX("qsbrBacklogMax", Agg.MAX, "skein.qsbr.backlog.max"),
    QSBR_POLLS("qsbrPolls", "skein.qsbr.polls"),
    QSBR_SCANS("qsbrScans", "skein.qsbr.scans"),
    QSBR_GOALS_REACHED("qsbrGoalsReached", "skein.qsbr.goals_reached"),
    QSBR_REQUESTS("qsbrRequests", "skein.qsbr.requests");

    /** How a counter of several threads is combined. */
    public enum Agg { SUM, MAX }

    private final VarHandle field;
    private final Agg agg;
    private final String meterName;
    private final String[] tags;

    Counter(String fieldName, String meterName, String... tags) {
        this(fieldName, Agg.SUM, meterName, tags);
    }

    Counter(String fieldName, Agg agg, String meterName, String... tags) {
        try {
            this.field = MethodHandles.lookup().findVarHandle(ThreadCounters.class, fieldName, long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        this.agg = agg;
        this.meterName = meterName;
        this.tags = tags;
    }

    /** The meter this counter feeds (alone, or as a part: see {@link Meters}). */
    public String meterName() {
        return meterName;
    }

    /** Alternating tag keys and values, as Micrometer's {@code Tags.of(String...)} takes them. */
    public String[] tags() {
        return tags.clone();
    }

    public Agg agg() {
        return agg;
    }

    /** Reads another thread's counter: opaque, so the value is whole even though the writer is plain. */
    public long read(ThreadCounters c) {
        return (long) field.getOpaque(c);
    }

    /** Combines two threads' values (sum, or maximum for {@code MAX} counters). */
    public long combine(long a, long b) {
        return agg == Agg.MAX ? Math.max(a, b) : a + b;
    }
}
