package skein.gc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Objects still alive, by type: allocated minus freed minus those the runtime owns
 * (immortal and deferred). At shutdown in checking mode every non-zero row is a leak: a
 * missing decref, or (until the cycle collector exists) a reference cycle.
 */
public record LeakReport(Map<String, Long> liveByType) {
    static LeakReport from(Map<String, long[]> tallies) {
        Map<String, Long> live = new LinkedHashMap<>();
        tallies.forEach((type, t) -> {
            long n = t[0] - t[1] - t[2];
            if (n != 0) live.put(type, n);
        });
        return new LeakReport(Collections.unmodifiableMap(live));
    }

    public long total() {
        return liveByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isEmpty() {
        return liveByType.isEmpty();
    }

    /** The change since {@code before}: what was allocated and not freed in between. */
    public LeakReport since(LeakReport before) {
        Map<String, Long> d = new LinkedHashMap<>();
        liveByType.forEach((k, v) -> {
            long n = v - before.liveByType.getOrDefault(k, 0L);
            if (n != 0) d.put(k, n);
        });
        before.liveByType.forEach((k, v) -> {
            if (!liveByType.containsKey(k)) d.put(k, -v);
        });
        return new LeakReport(Collections.unmodifiableMap(d));
    }

    @Override
    public String toString() {
        if (isEmpty()) return "no leaked objects";
        StringBuilder sb = new StringBuilder("leaked objects: " + total() + "\n");
        liveByType.forEach((k, v) -> sb.append(String.format("  %-24s %,d%n", k, v)));
        return sb.toString();
    }
}
