package skein.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * Binds counters to Micrometer meters (names and tags as in DESIGN.md). The meters read a
 * {@link MetricsSnapshot}, so binding costs the hot path nothing and every format of a report
 * shows the same numbers.
 *
 * <ul>
 *   <li>counters: {@code skein.refcount.ops{op,path}}, {@code skein.brc.queued|merged},
 *       {@code skein.lock.acquire{lock=object|lock|rlock|gil, contended=false|true}},
 *       {@code skein.lock.parked{lock=object}}, {@code skein.gil.switches},
 *       {@code skein.gc.collections|collected}, {@code skein.qsbr.*}, {@code skein.objects.freed{type}}, ...;</li>
 *   <li>timers (count, total; their maximum is the gauge {@code NAME.max}):
 *       {@code skein.lock.wait{lock}} (over contended acquisitions), {@code skein.safepoint.ttsp},
 *       {@code skein.gc.pause};</li>
 *   <li>per thread ({@code thread} tag, the most active {@value MetricsSnapshot#THREADS_SHOWN}
 *       threads and one row for the rest): {@code skein.thread.refcount.ops{thread,op,path}},
 *       {@code skein.thread.lock.wait{thread,lock}}, {@code skein.thread.brc.queued{thread}}.</li>
 * </ul>
 */
public final class Meters {
    private Meters() {}

    /** Counters that {@link #bind} folds into combined meters rather than one meter each. */
    private static final Set<Counter> COMBINED = EnumSet.of(
            Counter.MUTEX_CONTENDED, Counter.MUTEX_PARKED,
            Counter.MUTEX_WAIT_NANOS, Counter.MUTEX_WAIT_MAX_NANOS,
            Counter.LOCK_WAIT_NANOS, Counter.LOCK_WAIT_MAX_NANOS,
            Counter.RLOCK_WAIT_NANOS, Counter.RLOCK_WAIT_MAX_NANOS,
            Counter.GIL_WAIT_NANOS, Counter.GIL_WAIT_MAX_NANOS,
            Counter.STW_PAUSES, Counter.STW_TTSP_NANOS, Counter.STW_TTSP_MAX_NANOS,
            Counter.GC_PAUSE_NANOS, Counter.GC_PAUSE_MAX_NANOS,
            Counter.JIT_COMPILED, Counter.JIT_COMPILE_NANOS, Counter.JIT_COMPILE_MAX_NANOS,
            Counter.QSBR_BACKLOG_MAX);

    /** What each meter counts (Micrometer descriptions: Prometheus's HELP lines). */
    private static final Map<String, String> HELP = Map.ofEntries(
            Map.entry("skein.refcount.ops", "reference-count operations by operation and path (local: owner, plain; shared: atomic; immortal and deferred: not counted)"),
            Map.entry("skein.brc.queued", "objects a non-owner queued to their owner for a biased-refcount merge"),
            Map.entry("skein.brc.merged", "objects whose local and shared counts were merged"),
            Map.entry("skein.objects.deallocated", "objects deallocated"),
            Map.entry("skein.freelist.reused", "objects taken from a freelist instead of allocated"),
            Map.entry("skein.lock.acquire", "lock acquisitions by kind (object: per-object mutex of critical sections; lock, rlock: threading; gil), contended or not"),
            Map.entry("skein.lock.parked", "per-object mutex acquisitions that parked the thread at least once"),
            Map.entry("skein.lock.elided", "critical sections an owner ran on its biased object (an instance dict) without taking the mutex"),
            Map.entry("skein.lock.bias_revocations", "stop-the-world pauses that turned a class's biased instance dicts back to plain locking (another thread needed one's mutex)"),
            Map.entry("skein.lock.wait", "time waited by contended lock acquisitions"),
            Map.entry("skein.critical_section.suspensions", "times a thread suspended its critical sections before blocking"),
            Map.entry("skein.thread.detaches", "times a thread detached from the runtime (before blocking)"),
            Map.entry("skein.gil.switches", "GIL hand-overs: drops on another thread's request"),
            Map.entry("skein.safepoint.ttsp", "stop-the-world pauses and their time to safepoint"),
            Map.entry("skein.safepoint.suspends", "times a thread suspended itself for a stop-the-world pause"),
            Map.entry("skein.gc.collections", "cycle collections"),
            Map.entry("skein.gc.collected", "unreachable objects the cycle collector found"),
            Map.entry("skein.gc.pause", "cycle-collector pauses"),
            Map.entry("skein.jit.compile", "code objects compiled to JVM bytecode (the second tier) and the time it took"),
            Map.entry("skein.jit.declined", "hot code objects left to the eval loop (too large for one JVM method)"),
            Map.entry("skein.qsbr.deferred", "freed objects that waited for QSBR before reuse"),
            Map.entry("skein.qsbr.polls", "QSBR polls"),
            Map.entry("skein.qsbr.scans", "QSBR polls that scanned every thread"),
            Map.entry("skein.qsbr.goals_reached", "QSBR polls that found their goal reached"),
            Map.entry("skein.qsbr.requests", "quiescence requests raised on lagging threads"),
            Map.entry("skein.objects.allocated", "objects allocated, by type"),
            Map.entry("skein.objects.freed", "objects freed, by type"),
            Map.entry("skein.objects.live", "objects allocated and not freed at report time, by type (immortal and deferred excluded)"),
            Map.entry("skein.thread.refcount.ops", "reference-count operations of one thread by operation and path"),
            Map.entry("skein.thread.brc.queued", "objects one thread queued to their owners"),
            Map.entry("skein.thread.lock.wait", "time one thread waited in contended lock acquisitions, by lock kind"));

    /** Binds every meter of a run to {@code r}; keep {@code s} reachable while {@code r} is read. */
    public static void bind(MetricsSnapshot s, MeterRegistry r) {
        for (Counter k : Counter.values()) {
            if (!COMBINED.contains(k)) counter(r, s, k.meterName(), s.get(k), k.tags());
        }
        counter(r, s, "skein.lock.acquire", s.get(Counter.MUTEX_CONTENDED) + s.get(Counter.MUTEX_PARKED),
                "lock", "object", "contended", "true");
        counter(r, s, "skein.lock.parked", s.get(Counter.MUTEX_PARKED), "lock", "object");
        timer(r, "skein.lock.wait", s, x -> x.get(Counter.MUTEX_CONTENDED) + x.get(Counter.MUTEX_PARKED),
                Counter.MUTEX_WAIT_NANOS, Counter.MUTEX_WAIT_MAX_NANOS, "lock", "object");
        timer(r, "skein.lock.wait", s, x -> x.get(Counter.LOCK_CONTENDED),
                Counter.LOCK_WAIT_NANOS, Counter.LOCK_WAIT_MAX_NANOS, "lock", "lock");
        timer(r, "skein.lock.wait", s, x -> x.get(Counter.RLOCK_CONTENDED),
                Counter.RLOCK_WAIT_NANOS, Counter.RLOCK_WAIT_MAX_NANOS, "lock", "rlock");
        timer(r, "skein.lock.wait", s, x -> x.get(Counter.GIL_WAITS),
                Counter.GIL_WAIT_NANOS, Counter.GIL_WAIT_MAX_NANOS, "lock", "gil");
        timer(r, "skein.safepoint.ttsp", s, x -> x.get(Counter.STW_PAUSES),
                Counter.STW_TTSP_NANOS, Counter.STW_TTSP_MAX_NANOS);
        timer(r, "skein.gc.pause", s, x -> x.get(Counter.GC_COLLECTIONS),
                Counter.GC_PAUSE_NANOS, Counter.GC_PAUSE_MAX_NANOS);
        timer(r, "skein.jit.compile", s, x -> x.get(Counter.JIT_COMPILED),
                Counter.JIT_COMPILE_NANOS, Counter.JIT_COMPILE_MAX_NANOS);
        Gauge.builder("skein.qsbr.backlog.max", s, x -> x.get(Counter.QSBR_BACKLOG_MAX))
                .description("the most freed objects one freelist held waiting for QSBR at once")
                .baseUnit("objects").register(r);
        bindTypes(s, r);
        bindThreads(s, r);
    }

    private static void counter(MeterRegistry r, MetricsSnapshot s, String name, long value, String... tags) {
        FunctionCounter.builder(name, s, x -> value).tags(Tags.of(tags)).description(HELP.get(name)).register(r);
    }

    private static void timer(MeterRegistry r, String name, MetricsSnapshot s, ToLongFunction<MetricsSnapshot> count,
                              Counter totalNanos, Counter maxNanos, String... tags) {
        FunctionTimer.builder(name, s, count, x -> x.get(totalNanos), TimeUnit.NANOSECONDS)
                .tags(Tags.of(tags)).description(HELP.get(name)).register(r);
        Gauge.builder(name + ".max", s, x -> x.get(maxNanos) / 1e9).tags(Tags.of(tags)).baseUnit("seconds")
                .description("the longest of " + name).register(r);
    }

    private static void bindTypes(MetricsSnapshot s, MeterRegistry r) {
        for (Map.Entry<String, long[]> e : s.types().entrySet()) {
            long[] t = e.getValue();
            if (t[0] == 0 && t[1] == 0) continue;
            String type = e.getKey();
            counter(r, s, "skein.objects.allocated", t[0], "type", type);
            counter(r, s, "skein.objects.freed", t[1], "type", type);
            long live = t[0] - t[1] - t[2];
            Gauge.builder("skein.objects.live", s, x -> live).tag("type", type).description(HELP.get("skein.objects.live")).register(r);
        }
    }

    private static final Counter[] REFCOUNT_OPS = {
        Counter.INCREF_LOCAL, Counter.INCREF_SHARED, Counter.INCREF_IMMORTAL, Counter.INCREF_DEFERRED, Counter.INCREF_PER_THREAD,
        Counter.DECREF_LOCAL, Counter.DECREF_SHARED, Counter.DECREF_IMMORTAL, Counter.DECREF_DEFERRED, Counter.DECREF_PER_THREAD
    };

    private static void bindThreads(MetricsSnapshot s, MeterRegistry r) {
        for (MetricsSnapshot.ThreadRow t : s.threads()) {
            String th = t.name();
            for (Counter k : REFCOUNT_OPS) {
                String[] tags = k.tags();
                counter(r, s, "skein.thread.refcount.ops", t.get(k), "thread", th, tags[0], tags[1], tags[2], tags[3]);
            }
            counter(r, s, "skein.thread.brc.queued", t.get(Counter.BRC_QUEUED), "thread", th);
            threadTimer(r, s, t, "object", t.get(Counter.MUTEX_CONTENDED) + t.get(Counter.MUTEX_PARKED), Counter.MUTEX_WAIT_NANOS);
            threadTimer(r, s, t, "lock", t.get(Counter.LOCK_CONTENDED), Counter.LOCK_WAIT_NANOS);
            threadTimer(r, s, t, "rlock", t.get(Counter.RLOCK_CONTENDED), Counter.RLOCK_WAIT_NANOS);
            threadTimer(r, s, t, "gil", t.get(Counter.GIL_WAITS), Counter.GIL_WAIT_NANOS);
        }
    }

    private static void threadTimer(MeterRegistry r, MetricsSnapshot s, MetricsSnapshot.ThreadRow t, String lock,
                                    long count, Counter nanos) {
        long total = t.get(nanos);
        FunctionTimer.builder("skein.thread.lock.wait", s, x -> count, x -> total, TimeUnit.NANOSECONDS)
                .tags("thread", t.name(), "lock", lock).description(HELP.get("skein.thread.lock.wait")).register(r);
    }
}
