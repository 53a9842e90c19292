package skein.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All threads' counter blocks, live and retired. Sums are made only when a report asks,
 * so nothing here is on a hot path; a thread's block is folded into the retired totals
 * when the thread exits, so its counts outlive it.
 *
 * <p>With {@link #retainThreads} (a run with {@code --metrics}), an exiting thread's counts are
 * also kept on their own, up to {@value #RETAINED_THREADS} threads, for the per-thread view; and
 * its hot-object tables are folded into one retired table.
 */
public final class CounterRegistry {
    /** Exited threads kept one by one for per-thread reports; later ones are only summed. */
    public static final int RETAINED_THREADS = 4096;
    /** Bound of the retired hot-object table; beyond it the coldest entries are dropped. */
    static final int RETIRED_HOT_LIMIT = 8192;

    private final List<ThreadCounters> live = new ArrayList<>();
    private final EnumMap<Counter, Long> retired = new EnumMap<>(Counter.class);
    private long[][] retiredTypes = new long[0][3];
    private volatile boolean retainThreads;
    private final List<MetricsSnapshot.ThreadRow> retiredThreads = new ArrayList<>();
    private int retiredUnkept;
    private final Map<Object, HotObjects.Entry> retiredHotShared = new IdentityHashMap<>();
    private final Map<Object, HotObjects.Entry> retiredHotLocks = new IdentityHashMap<>();

    public synchronized ThreadCounters newThread(String threadName) {
        return newThread(threadName, 0);
    }

    /** A block for thread {@code threadId} (the runtime's id, for reports). */
    public synchronized ThreadCounters newThread(String threadName, int threadId) {
        ThreadCounters c = new ThreadCounters(threadName, threadId);
        live.add(c);
        return c;
    }

    /** Keeps exited threads' counts one by one (for per-thread reports), from now on. */
    public void retainThreads(boolean on) {
        retainThreads = on;
    }

    /** Folds an exiting thread's counts into the totals; call from that thread, last. */
    public synchronized void retire(ThreadCounters c) {
        if (!live.remove(c)) return;
        for (Counter k : Counter.values()) retired.merge(k, k.read(c), k::combine);
        long[][] t = newTypeSums();
        c.addTypeTallies(t);
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < 3; j++) t[i][j] += i < retiredTypes.length ? retiredTypes[i][j] : 0;
        }
        retiredTypes = t;
        if (retainThreads) {
            if (retiredThreads.size() < RETAINED_THREADS) retiredThreads.add(MetricsSnapshot.ThreadRow.of(c, false));
            else retiredUnkept++;
        }
        if (c.hotShared() != null) {
            HotObjects.addTable(retiredHotShared, c.hotShared());
            HotObjects.prune(retiredHotShared, RETIRED_HOT_LIMIT);
        }
        if (c.hotLocks() != null) {
            HotObjects.addTable(retiredHotLocks, c.hotLocks());
            HotObjects.prune(retiredHotLocks, RETIRED_HOT_LIMIT);
        }
    }

    /** The sum (or maximum) of one counter over every thread that ever ran. */
    public synchronized long sum(Counter k) {
        long s = retired.getOrDefault(k, 0L);
        for (ThreadCounters c : live) s = k.combine(s, k.read(c));
        return s;
    }

    /** Per type name: {allocated, freed, exempt} summed over all threads. */
    public synchronized Map<String, long[]> typeTallies() {
        long[][] t = newTypeSums();
        for (int i = 0; i < retiredTypes.length && i < t.length; i++) {
            for (int j = 0; j < 3; j++) t[i][j] += retiredTypes[i][j];
        }
        for (ThreadCounters c : live) c.addTypeTallies(t);
        Map<String, long[]> byName = new LinkedHashMap<>();
        for (int i = 0; i < t.length; i++) {
            long[] row = byName.computeIfAbsent(TypeIds.name(i), n -> new long[3]);
            for (int j = 0; j < 3; j++) row[j] += t[i][j];
        }
        return byName;
    }

    /** Snapshot of the live blocks, for per-thread views. */
    public synchronized List<ThreadCounters> liveThreads() {
        return new ArrayList<>(live);
    }

    /** Every thread's counts: the live ones, then the exited ones kept by {@link #retainThreads}. */
    synchronized List<MetricsSnapshot.ThreadRow> threadRows() {
        List<MetricsSnapshot.ThreadRow> rows = new ArrayList<>();
        for (ThreadCounters c : live) rows.add(MetricsSnapshot.ThreadRow.of(c, true));
        rows.addAll(retiredThreads);
        return rows;
    }

    /** Exited threads whose counts are only in the totals (beyond {@link #RETAINED_THREADS}, or before retention). */
    synchronized int unkeptThreads() {
        return retiredUnkept;
    }

    /** The hot-object tables of every thread, merged: shared refcount samples, or contended locks. */
    synchronized Map<Object, HotObjects.Entry> hot(boolean locks) {
        Map<Object, HotObjects.Entry> m = new IdentityHashMap<>();
        for (Map.Entry<Object, HotObjects.Entry> e : (locks ? retiredHotLocks : retiredHotShared).entrySet()) {
            m.put(e.getKey(), e.getValue().copy());
        }
        for (ThreadCounters c : live) {
            HotTable t = locks ? c.hotLocks() : c.hotShared();
            if (t != null) HotObjects.addTable(m, t);
        }
        return m;
    }

    private static long[][] newTypeSums() {
        return new long[TypeIds.count()][3];
    }
}
