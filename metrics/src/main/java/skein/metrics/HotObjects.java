package skein.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The hot objects of a run: per object, the shared refcount events sampled on every thread
 * ({@link ThreadCounters#sampleShared}) or the contended acquisitions of its lock and their wait
 * ({@link ThreadCounters#contendedLock}), merged from the per-thread {@link HotTable}s.
 */
public final class HotObjects {
    private HotObjects() {}

    /** One object's merged counts; {@code owner} and {@code site} as first recorded by some thread. */
    static final class Entry {
        long count, nanos;
        int owner;
        Object site;
        /** The threads (by id) that recorded it; at most a handful are remembered. */
        final List<Integer> threads = new ArrayList<>(2);

        Entry copy() {
            Entry e = new Entry();
            e.count = count;
            e.nanos = nanos;
            e.owner = owner;
            e.site = site;
            e.threads.addAll(threads);
            return e;
        }
    }

    /** A reported hot object: the object itself (for the describer) and its counts. */
    public record Hot(Object object, long count, long nanos, int ownerThread, Object site, List<Integer> threads) {}

    static void addTable(Map<Object, Entry> into, HotTable t) {
        for (int j = 0; j < HotTable.SIZE; j++) {
            Object k = t.keys[j];
            if (k == null) continue;
            Entry e = into.computeIfAbsent(k, x -> new Entry());
            e.count += t.counts[j];
            e.nanos += t.nanos[j];
            if (e.owner == 0) e.owner = t.owners[j];
            if (e.site == null) e.site = t.sites[j];
            if (e.threads.size() < 8) e.threads.add(tableThread(t));
        }
    }

    private static int tableThread(HotTable t) {
        return t.threadId;
    }

    /** Keeps the {@code limit / 2} entries with the highest counts once the map holds more than {@code limit}. */
    static void prune(Map<Object, Entry> m, int limit) {
        if (m.size() <= limit) return;
        List<Map.Entry<Object, Entry>> all = new ArrayList<>(m.entrySet());
        all.sort(Comparator.comparingLong((Map.Entry<Object, Entry> e) -> e.getValue().count).reversed());
        m.clear();
        for (int i = 0; i < limit / 2; i++) m.put(all.get(i).getKey(), all.get(i).getValue());
    }

    /** The {@code n} objects with the highest counts (ties: the longest wait first). */
    static List<Hot> top(Map<Object, Entry> m, int n) {
        List<Hot> all = new ArrayList<>();
        for (Map.Entry<Object, Entry> e : m.entrySet()) {
            Entry v = e.getValue();
            if (v.count > 0) all.add(new Hot(e.getKey(), v.count, v.nanos, v.owner, v.site, List.copyOf(v.threads)));
        }
        all.sort(Comparator.comparingLong(Hot::count).thenComparingLong(Hot::nanos).reversed());
        return all.size() > n ? List.copyOf(all.subList(0, n)) : all;
    }
}
