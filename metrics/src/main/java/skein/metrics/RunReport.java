package skein.metrics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The report of {@code skein run --metrics}: the run's meters ({@link Meters}), its threads and
 * its hot objects, as an aligned table, JSON (Jackson) or Prometheus text (Micrometer's
 * Prometheus registry).
 */
public final class RunReport {
    /** The output formats of {@code --metrics=FORMAT}. */
    public enum Format {
        TABLE, JSON, PROMETHEUS;

        /** {@code table}, {@code json} or {@code prometheus}; null for anything else. */
        public static Format parse(String s) {
            for (Format f : values()) if (f.name().equalsIgnoreCase(s)) return f;
            return null;
        }

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What ran: the program ({@code FILE.py} or {@code -c}), mode, refcount policy, exit status, wall time. */
    public record RunInfo(String program, String mode, String refcount, int exitCode, double wallSeconds) {}

    private final MetricsSnapshot snap;
    private final RunInfo info;
    private final ObjectDescriber describer;
    private final List<MeterBinder> extra;

    /**
     * @param extra further meters of the runtime (read when the report renders; bind constants
     *              or functions of state that no longer changes)
     */
    public RunReport(MetricsSnapshot snap, RunInfo info, ObjectDescriber describer, List<MeterBinder> extra) {
        this.snap = snap;
        this.info = info;
        this.describer = describer == null ? ObjectDescriber.GENERIC : describer;
        this.extra = List.copyOf(extra);
    }

    public MetricsSnapshot snapshot() {
        return snap;
    }

    public String render(Format f) {
        return switch (f) {
            case TABLE -> table();
            case JSON -> json();
            case PROMETHEUS -> prometheus();
        };
    }

    private void bindAll(MeterRegistry r) {
        Meters.bind(snap, r);
        for (MeterBinder b : extra) b.bindTo(r);
    }

    // ---- hot objects, described once ----

    /** One hot object as the reports show it. */
    record HotRow(String type, String repr, String createdBy, String site, String definedAt,
                  long count, long nanos, List<String> threads) {}

    private List<HotRow> hotRows(List<HotObjects.Hot> hot) {
        List<HotRow> rows = new ArrayList<>();
        for (HotObjects.Hot h : hot) {
            ObjectDescriber.Description d;
            try {
                d = describer.describe(h.object());
            } catch (RuntimeException e) {
                d = ObjectDescriber.GENERIC.describe(h.object());
            }
            String site;
            try {
                site = h.site() == null ? null : describer.site(h.site());
            } catch (RuntimeException e) {
                site = null;
            }
            String owner = h.ownerThread() == 0 ? null : threadName(h.ownerThread());
            List<String> threads = new ArrayList<>();
            for (int id : h.threads()) {
                String n = threadName(id);
                if (!threads.contains(n)) threads.add(n);
            }
            rows.add(new HotRow(d.type(), d.repr(), owner, site, d.definedAt(), h.count(), h.nanos(), threads));
        }
        return rows;
    }

    private String threadName(int id) {
        String n = snap.threadName(id);
        return n != null ? n : "thread " + id;
    }

    // ---- table ----

    private String table() {
        SimpleMeterRegistry r = new SimpleMeterRegistry();
        bindAll(r);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("skein metrics: %s (exit status %d, %.3f s, %s, refcount %s, %d thread%s)%n",
                info.program(), info.exitCode(), info.wallSeconds(), info.mode(), info.refcount(),
                snap.threadCount(), snap.threadCount() == 1 ? "" : "s"));
        sb.append('\n');
        List<String[]> rows = new ArrayList<>();
        for (Meter m : sorted(r)) {
            String name = m.getId().getName();
            if (name.startsWith("skein.objects.") && !name.equals("skein.objects.deallocated")) continue;
            if (name.startsWith("skein.thread.") && !name.equals("skein.thread.detaches")) continue;
            if (name.endsWith(".max")) continue; // shown with its timer
            String value;
            if (m instanceof FunctionTimer t) {
                long count = (long) t.count();
                if (count == 0) continue;
                Gauge max = r.find(name + ".max").tags(m.getId().getTags()).gauge();
                value = String.format("%,d, total %s, mean %s%s", count, duration(t.totalTime(TimeUnit.NANOSECONDS)),
                        duration(t.totalTime(TimeUnit.NANOSECONDS) / count),
                        max == null ? "" : ", max " + duration(max.value() * 1e9));
            } else {
                double v = value(m);
                if (v == 0 || Double.isNaN(v)) continue;
                value = number(v);
            }
            rows.add(new String[] {name, tagText(m), value});
        }
        appendTable(sb, new String[] {"meter", "tags", "value"}, rows, "llr");

        List<Map.Entry<String, long[]>> freed = new ArrayList<>(snap.types().entrySet());
        freed.removeIf(e -> e.getValue()[1] == 0);
        if (!freed.isEmpty()) {
            freed.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed());
            sb.append(String.format("%nobjects freed by type (skein.objects.freed%s)%n",
                    freed.size() > 12 ? ", the 12 most freed of " + freed.size() + " types" : ""));
            List<String[]> t = new ArrayList<>();
            for (Map.Entry<String, long[]> e : freed.subList(0, Math.min(12, freed.size()))) {
                long[] v = e.getValue();
                t.add(new String[] {e.getKey(), number(v[1]), number(v[0]), number(v[0] - v[1] - v[2])});
            }
            appendTable(sb, new String[] {"type", "freed", "allocated", "live"}, t, "lrrr");
        }

        List<MetricsSnapshot.ThreadRow> threads = snap.threads();
        if (!threads.isEmpty()) {
            sb.append(String.format("%nper thread (skein.thread.*): refcount operations by path (incref + decref), lock waits%n"));
            List<String[]> t = new ArrayList<>();
            for (MetricsSnapshot.ThreadRow th : threads) {
                long waits = th.get(Counter.MUTEX_CONTENDED) + th.get(Counter.MUTEX_PARKED) + th.get(Counter.LOCK_CONTENDED)
                        + th.get(Counter.RLOCK_CONTENDED) + th.get(Counter.GIL_WAITS);
                long waitNanos = th.get(Counter.MUTEX_WAIT_NANOS) + th.get(Counter.LOCK_WAIT_NANOS)
                        + th.get(Counter.RLOCK_WAIT_NANOS) + th.get(Counter.GIL_WAIT_NANOS);
                long local = th.get(Counter.INCREF_LOCAL) + th.get(Counter.DECREF_LOCAL);
                long shared = th.get(Counter.INCREF_SHARED) + th.get(Counter.DECREF_SHARED);
                t.add(new String[] {th.name(), number(local), number(shared), percent(shared, local + shared),
                        number(th.get(Counter.INCREF_IMMORTAL) + th.get(Counter.DECREF_IMMORTAL)),
                        number(th.get(Counter.INCREF_DEFERRED) + th.get(Counter.DECREF_DEFERRED)),
                        number(th.get(Counter.INCREF_PER_THREAD) + th.get(Counter.DECREF_PER_THREAD)),
                        number(th.get(Counter.BRC_QUEUED)), number(waits), waits == 0 ? "-" : duration(waitNanos)});
            }
            appendTable(sb, new String[] {"thread", "local", "shared", "shared %", "immortal", "deferred", "per-thread", "queued",
                    "lock waits", "wait time"}, t, "lrrrrrrrrr");
        }

        List<HotRow> shared = hotRows(snap.hotShared());
        List<HotRow> locks = hotRows(snap.hotLocks());
        if (ThreadCounters.HOT) {
            sb.append(String.format("%nhot objects: shared refcount traffic (sampled, about 1 event in %d; counts are estimates)%n",
                    ThreadCounters.HOT_PERIOD));
            if (shared.isEmpty()) {
                sb.append("  (none: no object's count was written by a thread that does not own it)\n");
            } else {
                List<String[]> t = new ArrayList<>();
                for (HotRow h : shared) {
                    t.add(new String[] {"~" + number(h.count() * ThreadCounters.HOT_PERIOD), h.type(), h.repr(),
                            orDash(h.createdBy()), orDash(h.definedAt() != null ? h.definedAt() : h.site()),
                            String.join(", ", h.threads())});
                }
                appendTable(sb, new String[] {"shared ops", "type", "object", "owner", "defined / first seen at", "threads"},
                        t, "rlllll");
            }
            sb.append(String.format("%nhot locks: contended acquisitions%n"));
            if (locks.isEmpty()) {
                sb.append("  (none: no lock had to be waited for)\n");
            } else {
                List<String[]> t = new ArrayList<>();
                for (HotRow h : locks) {
                    t.add(new String[] {number(h.count()), duration(h.nanos()), h.type(), h.repr(), orDash(h.createdBy()),
                            orDash(h.site()), String.join(", ", h.threads())});
                }
                appendTable(sb, new String[] {"contended", "wait", "type", "object", "owner", "first contended at", "threads"},
                        t, "rrlllll");
            }
        }
        Reference.reachabilityFence(snap);
        return sb.toString();
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    private static List<Meter> sorted(MeterRegistry r) {
        List<Meter> ms = new ArrayList<>(r.getMeters());
        ms.sort(Comparator.comparing((Meter m) -> m.getId().getName()).thenComparing(RunReport::tagText));
        return ms;
    }

    private static String tagText(Meter m) {
        StringBuilder b = new StringBuilder();
        for (Tag t : m.getId().getTags()) {
            if (b.length() > 0) b.append(", ");
            b.append(t.getKey()).append('=').append(t.getValue());
        }
        return b.toString();
    }

    private static double value(Meter m) {
        if (m instanceof FunctionCounter c) return c.count();
        if (m instanceof Gauge g) return g.value();
        double v = 0;
        for (var ms : m.measure()) v = ms.getValue();
        return v;
    }

    private static void appendTable(StringBuilder sb, String[] header, List<String[]> rows, String align) {
        int[] w = new int[header.length];
        for (int i = 0; i < header.length; i++) w[i] = header[i].length();
        for (String[] r : rows) for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], r[i].length());
        appendRow(sb, header, w, align);
        String[] rule = new String[header.length];
        for (int i = 0; i < header.length; i++) rule[i] = "-".repeat(w[i]);
        appendRow(sb, rule, w, align);
        for (String[] r : rows) appendRow(sb, r, w, align);
    }

    private static void appendRow(StringBuilder sb, String[] cells, int[] w, String align) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) line.append("  ");
            String c = cells[i];
            String pad = " ".repeat(w[i] - c.length());
            line.append(align.charAt(i) == 'r' ? pad + c : c + pad);
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') end--;
        sb.append(line, 0, end).append(System.lineSeparator());
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.format("%,.3f", v);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
    }

    /** A duration in the unit that reads best: ns, us, ms or s. */
    static String duration(double nanos) {
        if (nanos < 1e3) return String.format("%.0f ns", nanos);
        if (nanos < 1e6) return String.format("%.1f us", nanos / 1e3);
        if (nanos < 1e9) return String.format("%.1f ms", nanos / 1e6);
        return String.format("%.2f s", nanos / 1e9);
    }

    // ---- JSON ----

    /** Jackson's streaming generator: the report is written in one pass, without loading the object mapper. */
    private static final JsonFactory JSON = new JsonFactory();

    private String json() {
        SimpleMeterRegistry r = new SimpleMeterRegistry();
        bindAll(r);
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("run");
            g.writeStringField("program", info.program());
            g.writeStringField("mode", info.mode());
            g.writeStringField("refcount", info.refcount());
            g.writeNumberField("exitCode", info.exitCode());
            g.writeNumberField("wallSeconds", info.wallSeconds());
            g.writeNumberField("threads", snap.threadCount());
            g.writeEndObject();
            g.writeArrayFieldStart("meters");
            for (Meter m : sorted(r)) {
                g.writeStartObject();
                g.writeStringField("name", m.getId().getName());
                g.writeObjectFieldStart("tags");
                for (Tag t : m.getId().getTags()) g.writeStringField(t.getKey(), t.getValue());
                g.writeEndObject();
                if (m instanceof FunctionTimer t) {
                    g.writeStringField("type", "timer");
                    g.writeNumberField("count", (long) t.count());
                    g.writeNumberField("totalSeconds", t.totalTime(TimeUnit.SECONDS));
                } else if (m instanceof FunctionCounter c) {
                    g.writeStringField("type", "counter");
                    g.writeNumberField("value", (long) c.count());
                } else {
                    g.writeStringField("type", m.getId().getType().name().toLowerCase(Locale.ROOT));
                    double v = value(m);
                    if (v == Math.rint(v) && Math.abs(v) < 1e15) g.writeNumberField("value", (long) v);
                    else g.writeNumberField("value", v);
                }
                String unit = m.getId().getBaseUnit();
                if (unit != null) g.writeStringField("baseUnit", unit);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("hotObjects");
            g.writeBooleanField("enabled", ThreadCounters.HOT);
            g.writeNumberField("samplingPeriod", ThreadCounters.HOT_PERIOD);
            g.writeArrayFieldStart("sharedRefcount");
            for (HotRow h : hotRows(snap.hotShared())) {
                hotJson(g, h);
                g.writeNumberField("sampledEvents", h.count());
                g.writeNumberField("estimatedEvents", h.count() * ThreadCounters.HOT_PERIOD);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("contendedLocks");
            for (HotRow h : hotRows(snap.hotLocks())) {
                hotJson(g, h);
                g.writeNumberField("contended", h.count());
                g.writeNumberField("waitSeconds", h.nanos() / 1e9);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metrics as JSON", e);
        }
        Reference.reachabilityFence(snap);
        return w + System.lineSeparator();
    }

    /** Starts a hot object's JSON object with what every list shows; the caller adds its counts and ends it. */
    private static void hotJson(JsonGenerator g, HotRow h) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", h.type());
        g.writeStringField("repr", h.repr());
        if (h.createdBy() != null) g.writeStringField("owner", h.createdBy());
        if (h.definedAt() != null) g.writeStringField("definedAt", h.definedAt());
        if (h.site() != null) g.writeStringField("firstSeenAt", h.site());
        g.writeArrayFieldStart("threads");
        for (String s : h.threads()) g.writeString(s);
        g.writeEndArray();
    }

    // ---- Prometheus ----

    private String prometheus() {
        PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        bindAll(r);
        Gauge.builder("skein.run.info", () -> 1).tags("program", info.program(), "mode", info.mode(),
                "refcount", info.refcount()).strongReference(true).register(r);
        Gauge.builder("skein.run.exit.status", () -> info.exitCode()).strongReference(true).register(r);
        Gauge.builder("skein.run.duration", () -> info.wallSeconds()).baseUnit("seconds").strongReference(true).register(r);
        int rank = 0;
        for (HotRow h : hotRows(snap.hotShared())) {
            long est = h.count() * ThreadCounters.HOT_PERIOD;
            Gauge.builder("skein.hot.shared.refcount", () -> est).description("estimated shared refcount events (sampled)")
                    .tags("rank", Integer.toString(++rank), "type", h.type(), "object", h.repr(),
                            "owner", orDash(h.createdBy()), "site", orDash(h.definedAt() != null ? h.definedAt() : h.site()))
                    .strongReference(true).register(r);
        }
        rank = 0;
        for (HotRow h : hotRows(snap.hotLocks())) {
            String rk = Integer.toString(++rank);
            String[] tags = {"rank", rk, "type", h.type(), "object", h.repr(), "owner", orDash(h.createdBy()),
                "site", orDash(h.site())};
            long n = h.count();
            double secs = h.nanos() / 1e9;
            Gauge.builder("skein.hot.lock.contended", () -> n).tags(tags).strongReference(true).register(r);
            Gauge.builder("skein.hot.lock.wait", () -> secs).baseUnit("seconds").tags(tags).strongReference(true).register(r);
        }
        String text = r.scrape();
        Reference.reachabilityFence(snap);
        return text;
    }
}
