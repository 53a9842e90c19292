package skein.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Every hot counter of {@link ThreadCounters}, with the Micrometer meter it feeds.
 * Names follow DESIGN.md: {@code skein.refcount.ops{op,path}}, {@code skein.brc.*}, ...
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
    BRC_QUEUED("brcQueued", "skein.brc.queued"),
    BRC_MERGED("brcMerged", "skein.brc.merged"),
    DEALLOCS("deallocs", "skein.objects.deallocated"),
    FREELIST_REUSES("freelistReuses", "skein.freelist.reused"),
    MUTEX_FAST("mutexFast", "skein.lock.acquire", "lock", "object", "contended", "no"),
    MUTEX_CONTENDED("mutexContended", "skein.lock.acquire", "lock", "object", "contended", "spin"),
    MUTEX_PARKED("mutexParked", "skein.lock.acquire", "lock", "object", "contended", "park"),
    CS_SUSPENSIONS("csSuspensions", "skein.critical_section.suspensions"),
    DETACHES("detaches", "skein.thread.detaches"),
    GIL_WAITS("gilWaits", "skein.gil.waits"),
    GIL_DROPS("gilDrops", "skein.gil.switches"),
    STW_PAUSES("stwPauses", "skein.safepoint.pauses"),
    STW_TTSP_NANOS("stwTtspNanos", "skein.safepoint.ttsp.nanos"),
    STW_SUSPENDS("stwSuspends", "skein.safepoint.suspends"),
    GC_COLLECTIONS("gcCollections", "skein.gc.collections"),
    GC_COLLECTED("gcCollected", "skein.gc.collected"),
    GC_PAUSE_NANOS("gcPauseNanos", "skein.gc.pause.nanos"),
    QSBR_DEFERRED("qsbrDeferred", "skein.qsbr.deferred"),
    QSBR_POLLS("qsbrPolls", "skein.qsbr.polls"),
    QSBR_SCANS("qsbrScans", "skein.qsbr.scans"),
    QSBR_GOALS_REACHED("qsbrGoalsReached", "skein.qsbr.goals_reached"),
    QSBR_REQUESTS("qsbrRequests", "skein.qsbr.requests");

    private final VarHandle field;
    private final String meterName;
    private final String[] tags;

    Counter(String fieldName, String meterName, String... tags) {
        try {
            this.field = MethodHandles.lookup().findVarHandle(ThreadCounters.class, fieldName, long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        this.meterName = meterName;
        this.tags = tags;
    }

    public String meterName() {
        return meterName;
    }

    /** Alternating tag keys and values, as Micrometer's {@code Tags.of(String...)} takes them. */
    public String[] tags() {
        return tags.clone();
    }

    /** Reads another thread's counter: opaque, so the value is whole even though the writer is plain. */
    public long read(ThreadCounters c) {
        return (long) field.getOpaque(c);
    }
}
