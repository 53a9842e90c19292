package skein.cli.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contention counters {@code skein bench} keeps of each run, read from the run's
 * {@code --metrics=json} report (the meters of {@code skein.metrics.RunReport}). They cover the
 * whole process (warm-up and harness included), which next to the threaded section's own
 * operations is small for every workload but the quick sizes.
 */
public final class KeyCounters {
    /** A counter kept: its column name, the meter it sums and the tags a meter must have. */
    public record Key(String column, String meter, Map<String, String> tags, String meaning) {}

    public static final List<Key> KEYS = List.of(
            new Key("shared_rc", "skein.refcount.ops", Map.of("path", "shared"),
                    "refcount operations on the atomic shared count (incref + decref)"),
            new Key("local_rc", "skein.refcount.ops", Map.of("path", "local"),
                    "refcount operations on the owner's plain local count"),
            new Key("brc_queued", "skein.brc.queued", Map.of(),
                    "objects pushed on their owner's merge queue"),
            new Key("contended_cs", "skein.lock.acquire", Map.of("lock", "object", "contended", "true"),
                    "contended acquisitions of per-object mutexes (critical sections)"),
            new Key("gil_switches", "skein.gil.switches", Map.of(),
                    "GIL hand-overs on request"),
            new Key("gil_contended", "skein.lock.acquire", Map.of("lock", "gil", "contended", "true"),
                    "GIL acquisitions that had to wait"));

    private static final JsonFactory JSON = new JsonFactory();

    private KeyCounters() {}

    /**
     * What a run's report says: the mode it ran in ({@code free-threaded} or {@code GIL}), its
     * refcount policy, and the key counters (every key present, 0 when no meter matched).
     */
    public record Report(String mode, String refcount, Map<String, Long> counters) {}

    /** Reads the report in {@code file}. */
    public static Report read(Path file) throws IOException {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (Key k : KEYS) sums.put(k.column, 0L);
        String mode = null, refcount = null;
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("meters") && p.currentToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) addMeter(p, sums);
                } else if (field.equals("run") && p.currentToken() == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        p.nextToken();
                        if (f.equals("mode")) mode = p.getText();
                        else if (f.equals("refcount")) refcount = p.getText();
                        else p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return new Report(mode, refcount, sums);
    }

    /** Reads one meter object (the parser on its START_OBJECT) and adds its value to the keys it matches. */
    private static void addMeter(JsonParser p, Map<String, Long> sums) throws IOException {
        String name = null;
        Map<String, String> tags = new HashMap<>();
        double value = Double.NaN;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "name" -> name = p.getText();
                case "value" -> value = t.isNumeric() ? p.getDoubleValue() : Double.NaN;
                case "tags" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String tag = p.currentName();
                        p.nextToken();
                        tags.put(tag, p.getText());
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (name == null || Double.isNaN(value)) return;
        for (Key k : KEYS) {
            if (k.meter.equals(name) && tags.entrySet().containsAll(k.tags.entrySet())) {
                sums.merge(k.column, Math.round(value), Long::sum);
            }
        }
    }
}
