package skein.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All threads' counter blocks, live and retired. Sums are made only when a report asks,
 * so nothing here is on a hot path; a thread's block is folded into the retired totals
 * when the thread exits, so its counts outlive it.
 */
public final class CounterRegistry {
    private final List<ThreadCounters> live = new ArrayList<>();
    private final EnumMap<Counter, Long> retired = new EnumMap<>(Counter.class);
    private long[][] retiredTypes = new long[0][3];

    public synchronized ThreadCounters newThread(String threadName) {
        ThreadCounters c = new ThreadCounters(threadName);
        live.add(c);
        return c;
    }

    /** Folds an exiting thread's counts into the totals; call from that thread, last. */
    public synchronized void retire(ThreadCounters c) {
        if (!live.remove(c)) return;
        for (Counter k : Counter.values()) retired.merge(k, k.read(c), Long::sum);
        long[][] t = newTypeSums();
        c.addTypeTallies(t);
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < 3; j++) t[i][j] += i < retiredTypes.length ? retiredTypes[i][j] : 0;
        }
        retiredTypes = t;
    }

    /** The sum of one counter over every thread that ever ran. */
    public synchronized long sum(Counter k) {
        long s = retired.getOrDefault(k, 0L);
        for (ThreadCounters c : live) s += k.read(c);
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

    private static long[][] newTypeSums() {
        return new long[TypeIds.count()][3];
    }
}
