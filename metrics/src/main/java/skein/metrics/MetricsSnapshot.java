package skein.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every counter of a run read once, at report time: the totals over all threads, the per-type
 * tallies, the per-thread rows and the hot objects. Meters are bound to a snapshot, so every
 * format of one report shows the same numbers even if daemon threads still run.
 */
public final class MetricsSnapshot {
    /** Threads shown one by one in per-thread meters; the rest are summed into one row. */
    public static final int THREADS_SHOWN = 16;
    /** Hot objects kept per list. */
    public static final int HOT_SHOWN = 10;

    /** One thread's counters, by {@link Counter} ordinal. */
    public record ThreadRow(int id, String name, boolean alive, long[] values) {
        static ThreadRow of(ThreadCounters c, boolean alive) {
            Counter[] ks = Counter.values();
            long[] v = new long[ks.length];
            for (Counter k : ks) v[k.ordinal()] = k.read(c);
            return new ThreadRow(c.threadId(), c.threadName(), alive, v);
        }

        public long get(Counter k) {
            return values[k.ordinal()];
        }

        /** How much the thread did, to choose the threads shown: refcount operations and lock events. */
        long activity() {
            long a = 0;
            for (Counter k : Counter.values()) {
                if (k.meterName().equals("skein.refcount.ops") || k.meterName().equals("skein.lock.acquire")) a += get(k);
            }
            return a;
        }
    }

    private final long[] totals;
    private final Map<String, long[]> types;
    private final List<ThreadRow> threads;
    private final int otherThreads, threadCount;
    private final ThreadRow others;
    private final Map<Integer, String> threadNames;
    private final List<HotObjects.Hot> hotShared, hotLocks;

    private MetricsSnapshot(CounterRegistry r) {
        Counter[] ks = Counter.values();
        totals = new long[ks.length];
        for (Counter k : ks) totals[k.ordinal()] = r.sum(k);
        types = r.typeTallies();
        List<ThreadRow> all = new ArrayList<>(r.threadRows());
        threadCount = all.size() + r.unkeptThreads();
        threadNames = new HashMap<>();
        for (ThreadRow t : all) threadNames.putIfAbsent(t.id(), t.name());
        all.removeIf(t -> t.activity() == 0);
        all.sort(Comparator.comparingLong(ThreadRow::activity).reversed());
        List<ThreadRow> shown = all.size() > THREADS_SHOWN ? all.subList(0, THREADS_SHOWN) : all;
        threads = uniqueNames(shown);
        int rest = all.size() - shown.size() + r.unkeptThreads();
        // The threads not shown: the totals minus the shown rows (exact for sums, even for
        // threads that exited before they could be kept); maxima are not split.
        long[] v = new long[ks.length];
        for (Counter k : ks) {
            if (k.agg() == Counter.Agg.MAX) continue;
            long s = totals[k.ordinal()];
            for (ThreadRow t : threads) s -= t.get(k);
            v[k.ordinal()] = s;
        }
        otherThreads = rest;
        others = rest > 0 ? new ThreadRow(0, "(" + rest + " other thread" + (rest == 1 ? "" : "s") + ")", false, v) : null;
        List<HotObjects.Hot> shared = HotObjects.top(r.hot(false), HOT_SHOWN);
        // One sample (about HOT_PERIOD events) is noise beside objects sampled again and again.
        if (!shared.isEmpty() && shared.get(0).count() > 1) {
            shared = new ArrayList<>(shared);
            shared.removeIf(h -> h.count() == 1);
        }
        hotShared = List.copyOf(shared);
        hotLocks = HotObjects.top(r.hot(true), HOT_SHOWN);
    }

    /** Reads every counter of {@code r} now. */
    public static MetricsSnapshot take(CounterRegistry r) {
        return new MetricsSnapshot(r);
    }

    private static List<ThreadRow> uniqueNames(List<ThreadRow> rows) {
        Map<String, Integer> seen = new HashMap<>();
        for (ThreadRow t : rows) seen.merge(t.name(), 1, Integer::sum);
        List<ThreadRow> out = new ArrayList<>();
        for (ThreadRow t : rows) {
            out.add(seen.get(t.name()) > 1 ? new ThreadRow(t.id(), t.name() + " #" + t.id(), t.alive(), t.values()) : t);
        }
        return out;
    }

    /** The total (or maximum) of a counter over every thread that ever ran. */
    public long get(Counter k) {
        return totals[k.ordinal()];
    }

    /** Per type name: {allocated, freed, exempt}. */
    public Map<String, long[]> types() {
        return new LinkedHashMap<>(types);
    }

    /** The most active threads (at most {@link #THREADS_SHOWN}), then the rest summed in one row, if any. */
    public List<ThreadRow> threads() {
        List<ThreadRow> l = new ArrayList<>(threads);
        if (others != null) l.add(others);
        return l;
    }

    /** Threads that ran (including the runtime's own, such as a thread-exit helper). */
    public int threadCount() {
        return threadCount;
    }

    /** A thread's name by the runtime's id, or null. */
    public String threadName(int id) {
        return threadNames.get(id);
    }

    /** The objects with the most (sampled) shared refcount events, most first. */
    public List<HotObjects.Hot> hotShared() {
        return hotShared;
    }

    /** The objects whose locks were contended the most often, most first. */
    public List<HotObjects.Hot> hotLocks() {
        return hotLocks;
    }
}
