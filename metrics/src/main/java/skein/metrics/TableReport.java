package skein.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a registry's meters as an aligned, sorted text table (one row per meter). */
public final class TableReport {
    private TableReport() {}

    public static String render(MeterRegistry registry) {
        List<String[]> rows = new ArrayList<>();
        for (Meter m : registry.getMeters()) {
            String tags = m.getId().getTags().stream()
                    .map(Tag::getValue).collect(Collectors.joining(","));
            String value;
            if (m instanceof io.micrometer.core.instrument.FunctionTimer t) {
                if (t.count() == 0) continue;
                value = String.format("%,d, total %s", (long) t.count(),
                        RunReport.duration(t.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)));
            } else {
                double v = 0;
                for (Measurement ms : m.measure()) v = ms.getValue();
                if (v == 0 || Double.isNaN(v)) continue;
                value = format(v);
            }
            rows.add(new String[] {m.getId().getName(), tags, value});
        }
        rows.sort(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[1]));
        int w0 = "meter".length(), w1 = "tags".length(), w2 = "value".length();
        for (String[] r : rows) {
            w0 = Math.max(w0, r[0].length());
            w1 = Math.max(w1, r[1].length());
            w2 = Math.max(w2, r[2].length());
        }
        StringBuilder sb = new StringBuilder();
        String fmt = "%-" + w0 + "s  %-" + w1 + "s  %" + w2 + "s%n";
        sb.append(String.format(fmt, "meter", "tags", "value"));
        sb.append(String.format(fmt, "-".repeat(w0), "-".repeat(w1), "-".repeat(w2)));
        for (String[] r : rows) sb.append(String.format(fmt, (Object[]) r));
        return sb.toString();
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.format("%,.3f", v);
    }
}
