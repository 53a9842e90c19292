package skein.cli.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable results: {@code results.json} (settings, machine, every configuration's
 * summary, every run, the problems) and two CSV files, {@code results.csv} (one row per
 * workload x mode x threads) and {@code runs.csv} (one row per process).
 */
public final class ResultFiles {
    private ResultFiles() {}

    public static void writeJson(Path file, BenchPlan plan, BenchInfo info, Summary summary, List<RunResult> runs)
            throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("benchmark", "skein bench");
            g.writeStringField("status", summary.problems().isEmpty() ? "ok" : "failed");
            g.writeObjectFieldStart("settings");
            writeStrings(g, "workloads", plan.workloads().stream().map(Workload::name).toList());
            g.writeArrayFieldStart("threads");
            for (int t : plan.threads()) g.writeNumber(t);
            g.writeEndArray();
            writeStrings(g, "modes", summary.modes().stream().map(m -> m.label).toList());
            g.writeNumberField("runs", plan.runs());
            g.writeBooleanField("quick", plan.quick());
            g.writeNumberField("scale", plan.scale());
            g.writeStringField("compare", plan.compare());
            g.writeStringField("timeNote", "seconds: the threaded section as the workload timed it (start-up and warm-up excluded); "
                    + "best: the fastest run; speedup: T1 x threads / Tthreads of the same mode; counters: the fastest run's");
            g.writeEndObject();
            g.writeObjectFieldStart("machine");
            g.writeStringField("date", info.date());
            g.writeStringField("cpu", info.cpu());
            g.writeNumberField("cores", info.cores());
            g.writeStringField("loadBefore", info.loadBefore());
            g.writeStringField("loadAfter", info.loadAfter());
            g.writeStringField("java", info.java());
            g.writeStringField("python", info.python());
            g.writeEndObject();
            g.writeObjectFieldStart("counters");
            for (KeyCounters.Key k : KeyCounters.KEYS) g.writeStringField(k.column(), k.meaning());
            g.writeEndObject();
            g.writeArrayFieldStart("configurations");
            for (Summary.Cell c : summary.cells()) {
                g.writeStartObject();
                g.writeStringField("workload", c.workload());
                g.writeStringField("mode", c.mode().label);
                g.writeNumberField("threads", c.threads());
                g.writeNumberField("units", unitsOf(plan, c.workload()));
                writeNumber(g, "bestSeconds", c.best());
                writeNumber(g, "worstSeconds", c.worst());
                writeNumber(g, "spread", c.spread());
                writeNumber(g, "speedup", summary.speedup(c.workload(), c.mode(), c.threads()));
                g.writeNumberField("runsOk", c.runs().stream().filter(RunResult::ok).count());
                g.writeNumberField("runs", c.runs().size());
                writeCounters(g, c.counters());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("runs");
            for (RunResult r : runs) {
                g.writeStartObject();
                g.writeStringField("workload", r.workload());
                g.writeStringField("mode", r.mode().label);
                g.writeNumberField("threads", r.threads());
                g.writeNumberField("run", r.run());
                writeNumber(g, "seconds", r.seconds());
                writeNumber(g, "wallSeconds", r.wallSeconds());
                g.writeStringField("checksum", r.checksum());
                writeCounters(g, r.counters());
                g.writeStringField("error", r.error());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeStrings(g, "problems", summary.problems());
            g.writeEndObject();
        }
    }

    private static int unitsOf(BenchPlan plan, String workload) {
        Workload w = Workload.named(workload);
        return w == null ? 0 : plan.units(w);
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    /** JSON has no NaN: a missing number is null. */
    private static void writeNumber(JsonGenerator g, String field, double v) throws IOException {
        if (Double.isFinite(v)) g.writeNumberField(field, v);
        else g.writeNullField(field);
    }

    private static void writeCounters(JsonGenerator g, Map<String, Long> counters) throws IOException {
        if (counters.isEmpty()) {
            g.writeNullField("counters");
            return;
        }
        g.writeObjectFieldStart("counters");
        for (Map.Entry<String, Long> e : counters.entrySet()) g.writeNumberField(e.getKey(), e.getValue());
        g.writeEndObject();
    }

    /** One row per configuration: workload, mode, threads, units, times, speedup, counters. */
    public static void writeResultsCsv(Path file, BenchPlan plan, Summary summary) throws IOException {
        List<String> header = new ArrayList<>(List.of("workload", "mode", "threads", "units", "best_seconds",
                "worst_seconds", "spread", "speedup", "runs_ok", "runs"));
        for (KeyCounters.Key k : KeyCounters.KEYS) header.add(k.column());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            row(w, header);
            for (Summary.Cell c : summary.cells()) {
                List<String> cells = new ArrayList<>(List.of(c.workload(), c.mode().label, String.valueOf(c.threads()),
                        String.valueOf(unitsOf(plan, c.workload())), num(c.best()), num(c.worst()), num(c.spread()),
                        num(summary.speedup(c.workload(), c.mode(), c.threads())),
                        String.valueOf(c.runs().stream().filter(RunResult::ok).count()), String.valueOf(c.runs().size())));
                for (KeyCounters.Key k : KeyCounters.KEYS) cells.add(count(c.counters(), k.column()));
                row(w, cells);
            }
        }
    }

    /** One row per process. */
    public static void writeRunsCsv(Path file, List<RunResult> runs) throws IOException {
        List<String> header = new ArrayList<>(List.of("workload", "mode", "threads", "run", "seconds", "wall_seconds", "checksum"));
        for (KeyCounters.Key k : KeyCounters.KEYS) header.add(k.column());
        header.add("error");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            row(w, header);
            for (RunResult r : runs) {
                List<String> cells = new ArrayList<>(List.of(r.workload(), r.mode().label, String.valueOf(r.threads()),
                        String.valueOf(r.run()), num(r.seconds()), num(r.wallSeconds()), r.checksum() == null ? "" : r.checksum()));
                for (KeyCounters.Key k : KeyCounters.KEYS) cells.add(count(r.counters(), k.column()));
                cells.add(r.error() == null ? "" : r.error());
                row(w, cells);
            }
        }
    }

    /**
     * Reads back a {@code runs.csv} this class wrote (for {@code skein bench --replot}): the runs,
     * with their counters. A missing time is NaN, a missing counter absent.
     */
    public static List<RunResult> readRunsCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) throw new IOException(file + ": empty");
        List<String> header = parseRow(lines.get(0));
        List<RunResult> runs = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) continue;
            List<String> row = parseRow(lines.get(n));
            if (row.size() != header.size()) throw new IOException(file + ":" + (n + 1) + ": " + row.size() + " fields, expected " + header.size());
            Map<String, String> f = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) f.put(header.get(i), row.get(i));
            Mode mode = null;
            for (Mode m : Mode.values()) if (m.label.equals(f.get("mode"))) mode = m;
            if (mode == null) throw new IOException(file + ":" + (n + 1) + ": unknown mode '" + f.get("mode") + "'");
            Map<String, Long> counters = new java.util.LinkedHashMap<>();
            for (KeyCounters.Key k : KeyCounters.KEYS) {
                String v = f.get(k.column());
                if (v != null && !v.isEmpty()) counters.put(k.column(), Long.parseLong(v));
            }
            try {
                String error = f.get("error");
                runs.add(new RunResult(f.get("workload"), mode, Integer.parseInt(f.get("threads")), Integer.parseInt(f.get("run")),
                        number(f.get("seconds")), number(f.get("wall_seconds")), f.get("checksum").isEmpty() ? null : f.get("checksum"),
                        counters, error == null || error.isEmpty() ? null : error));
            } catch (NumberFormatException | NullPointerException e) {
                throw new IOException(file + ":" + (n + 1) + ": not a run: " + e.getMessage());
            }
        }
        return runs;
    }

    private static double number(String s) {
        return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /** One CSV line's fields (RFC 4180 quoting; no line breaks inside fields, which this class never writes). */
    static List<String> parseRow(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6f", v) : "";
    }

    private static String count(Map<String, Long> counters, String key) {
        Long v = counters.get(key);
        return v == null ? "" : v.toString();
    }

    static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write(',');
            w.write(csvField(cells.get(i)));
        }
        w.write('\n');
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
