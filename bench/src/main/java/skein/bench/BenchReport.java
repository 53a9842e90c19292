package skein.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON result of the refcount benchmarks into a compact Markdown report: one row
 * per benchmark (and per thread role of the two-thread group), the ratios that matter with
 * their targets, and the header footprint measured with JOL in this JVM.
 *
 * <pre>java -cp bench/target/benchmarks.jar skein.bench.BenchReport RESULT.json [--note TEXT] [--strict]</pre>
 *
 * {@code --strict} exits 1 when a target is missed (a ratio's target, or the footprint of
 * this JVM's header shape). Written in Java so that the project's scripts need neither
 * python3 nor jq.
 */
public final class BenchReport {
    /** Single-thread atomic pair / biased owner pair must be at least this. */
    static final double ATOMIC_OVER_BIASED_TARGET = 3.0;

    private BenchReport() {}

    /** One reported score. */
    record Score(String key, String label, String policy, int threads, double score, double error, String unit) {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: BenchReport RESULT.json [--note TEXT] [--strict]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String note = null;
        boolean strict = false;
        for (int a = 1; a < args.length; a++) {
            switch (args[a]) {
                case "--note" -> note = args[++a];
                case "--strict" -> strict = true;
                default -> {
                    System.err.println("unknown option " + args[a]);
                    System.exit(2);
                }
            }
        }
        Object parsed = new ObjectMapper().readValue(file.toFile(), Object.class);
        if (!(parsed instanceof List<?> results)) throw new IllegalArgumentException(file + ": not a JMH JSON result (array expected)");
        boolean ok = print(results, file, note);
        System.exit(strict && !ok ? 1 : 0);
    }

    /** Prints the report; returns false if a target was missed. */
    static boolean print(List<?> results, Path file, String note) {
        Map<String, Score> scores = new LinkedHashMap<>();
        Map<String, Object> first = null;
        for (Object o : results) {
            @SuppressWarnings("unchecked") Map<String, Object> r = (Map<String, Object>) o;
            if (first == null) first = r;
            String bench = (String) r.get("benchmark");
            String shortName = bench.startsWith("skein.bench.") ? bench.substring("skein.bench.".length()) : bench;
            String policy = shortName.startsWith("RawPairBaseline.") ? "none" : policyOf(r);
            int threads = (int) num(r.get("threads"));
            @SuppressWarnings("unchecked") Map<String, Object> secondary = (Map<String, Object>) r.get("secondaryMetrics");
            if (secondary != null && !secondary.isEmpty()) {
                // A @Group benchmark: one row per thread role (the primary is their blend).
                for (Map.Entry<String, Object> e : secondary.entrySet()) {
                    String key = shortName + ":" + e.getKey();
                    scores.put(key, score(key, label(shortName, e.getKey(), countingOf(r)), policy, threads, e.getValue()));
                }
            } else {
                scores.put(shortName, score(shortName, label(shortName, null, countingOf(r)), policy, threads, r.get("primaryMetric")));
            }
        }

        StringBuilder out = new StringBuilder();
        out.append("## Reference counting: ns per incref+decref pair\n\n");
        if (note != null) out.append("**").append(note).append("**\n\n");
        if (first != null) {
            out.append(String.format(Locale.ROOT, "JDK %s (%s), JMH %s, %s fork(s), warm-up %s x %s, measurement %s x %s. Per-thread counters on (the default) unless a row says *counters off*. Error = 99.9%% CI half-width. Source: `%s`%n%n",
                    first.get("jdkVersion"), first.get("vmVersion"), first.get("jmhVersion"), fmtInt(first.get("forks")),
                    fmtInt(first.get("warmupIterations")), first.get("warmupTime"),
                    fmtInt(first.get("measurementIterations")), first.get("measurementTime"),
                    file));
        }
        out.append("| benchmark | policy | threads | ns/pair | ± error |\n");
        out.append("|---|---|---:|---:|---:|\n");
        List<Score> ordered = new ArrayList<>(scores.values());
        ordered.sort(Comparator.comparingInt(s -> rank(s.key())));
        for (Score s : ordered) {
            String unit = s.unit().equals("ns/op") ? "" : " " + s.unit();
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %s%s | %s |%n",
                    s.label(), s.policy(), s.threads(), fmt(s.score()), unit, fmt(s.error())));
        }

        boolean ok = true;
        out.append("\n## Ratios\n\n| ratio | value | ± | target | verdict |\n|---|---:|---:|---|---|\n");
        ok &= ratio(out, scores, "atomic pair / biased owner pair (1 thread)",
                "RefcountPairBenchmark.Atomic.pair", "RefcountPairBenchmark.Biased.pair",
                ">= " + ATOMIC_OVER_BIASED_TARGET + "x", (r, e) -> r >= ATOMIC_OVER_BIASED_TARGET);
        // Same target, shown for the counters-off forks; not a failure under --strict (the default has them on).
        ratio(out, scores, "atomic pair / biased owner pair (1 thread), counters off",
                "RefcountPairBenchmark.AtomicNoCounters.pair", "RefcountPairBenchmark.BiasedNoCounters.pair",
                ">= " + ATOMIC_OVER_BIASED_TARGET + "x", (r, e) -> r >= ATOMIC_OVER_BIASED_TARGET);
        ratio(out, scores, "atomic pair / biased owner pair, " + RefcountPairBenchmark.BATCH + " per call",
                "RefcountPairBenchmark.Atomic.pairBatch", "RefcountPairBenchmark.Biased.pairBatch",
                ">= " + ATOMIC_OVER_BIASED_TARGET + "x", (r, e) -> r >= ATOMIC_OVER_BIASED_TARGET);
        ratio(out, scores, "atomic pair / biased owner pair, " + RefcountPairBenchmark.BATCH + " per call, counters off",
                "RefcountPairBenchmark.AtomicNoCounters.pairBatch", "RefcountPairBenchmark.BiasedNoCounters.pairBatch",
                ">= " + ATOMIC_OVER_BIASED_TARGET + "x", (r, e) -> r >= ATOMIC_OVER_BIASED_TARGET);
        ok &= ratio(out, scores, "dispatch / direct (biased, 1 thread)",
                "PolicyDispatchBenchmark.dispatch", "PolicyDispatchBenchmark.direct",
                "~1.0 (equal within error)", null);
        ratio(out, scores, "plain pair / biased owner pair (1 thread)",
                "RefcountPairBenchmark.Plain.pair", "RefcountPairBenchmark.Biased.pair", "info", (r, e) -> true);
        ratio(out, scores, "atomic pair, counters off / 2 raw lock adds",
                "RefcountPairBenchmark.AtomicNoCounters.pair", "RawPairBaseline.lockAddPair", "info (~1)", (r, e) -> true);
        ratio(out, scores, "biased owner pair, counters off / 2 raw plain adds",
                "RefcountPairBenchmark.BiasedNoCounters.pair", "RawPairBaseline.plainAddPair", "info (~1)", (r, e) -> true);
        ratio(out, scores, "shared object: biased non-owner / biased owner",
                "SharedObjectBenchmark.Biased.shared:nonOwner", "SharedObjectBenchmark.Biased.shared:owner", "info", (r, e) -> true);
        ratio(out, scores, "shared object: atomic owner / biased owner",
                "SharedObjectBenchmark.Atomic.shared:owner", "SharedObjectBenchmark.Biased.shared:owner", "info", (r, e) -> true);
        ratio(out, scores, "shared object: biased owner / biased owner alone (1 thread)",
                "SharedObjectBenchmark.Biased.shared:owner", "RefcountPairBenchmark.Biased.pair", "info", (r, e) -> true);

        out.append("\n## Header memory (JOL): smallest PyObject vs `new Object()`\n\n");
        out.append("| header shape | object header | PyObject | Object | extra | target <= ")
                .append(HeaderFootprint.TARGET_EXTRA_BYTES).append(" B |\n|---|---:|---:|---:|---:|---|\n");
        List<HeaderFootprint.Row> rows = new ArrayList<>();
        HeaderFootprint.Row current = HeaderFootprint.current();
        rows.add(current);
        rows.addAll(HeaderFootprint.simulated(HeaderFootprint.jdkVersion()));
        for (HeaderFootprint.Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %d B | %d B | %d B | +%d B | %s |%n", r.vm(), r.headerBytes(),
                    r.pyObjectBytes(), r.objectBytes(), r.extra(), r.meetsTarget() ? "ok" : "over"));
        }
        ok &= current.meetsTarget();
        out.append("\nFirst row: this JVM's real layout; the others: JOL's simulation of each header shape.\n");
        System.out.print(out);
        return ok;
    }

    interface Verdict {
        boolean ok(double ratio, double error);
    }

    /** Appends a ratio row; returns false if it has a target and missed it. Missing scores: a dash, no verdict. */
    private static boolean ratio(StringBuilder out, Map<String, Score> scores, String name, String num, String den,
                                 String target, Verdict verdict) {
        Score a = scores.get(num), b = scores.get(den);
        if (a == null || b == null) {
            out.append("| ").append(name).append(" | - | - | ").append(target).append(" | not measured |\n");
            return true;
        }
        double r = a.score() / b.score();
        // Relative errors combined in quadrature (approximate: the two CIs are independent).
        double e = r * Math.hypot(a.error() / a.score(), b.error() / b.score());
        boolean ok;
        String v;
        if (verdict == null) { // equality: the two confidence intervals overlap
            boolean known = !Double.isNaN(a.error()) && !Double.isNaN(b.error());
            ok = !known || Math.abs(a.score() - b.score()) <= a.error() + b.error();
            v = !known ? "no error estimate (JMH needs >= 3 iterations)"
                    : ok ? "equal within error" : "DIFFERENT (" + fmt(a.score()) + " vs " + fmt(b.score()) + ")";
        } else {
            ok = verdict.ok(r, e);
            v = target.startsWith("info") ? "" : ok ? "ok" : "MISSED";
        }
        out.append(String.format(Locale.ROOT, "| %s | %.2fx | %s | %s | %s |%n", name, r, fmt(e), target, v));
        return ok;
    }

    private static Score score(String key, String label, String policy, int threads, Object metric) {
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) metric;
        return new Score(key, label, policy, threads, num(m.get("score")), num(m.get("scoreError")),
                String.valueOf(m.get("scoreUnit")));
    }

    /** Report order: the single-thread pairs, the dispatch pair, then the shared object; unknown names last. */
    static int rank(String key) {
        List<String> order = List.of(
                "RefcountPairBenchmark.Biased.pair", "RefcountPairBenchmark.Atomic.pair", "RefcountPairBenchmark.Plain.pair",
                "RefcountPairBenchmark.BiasedNoCounters.pair", "RefcountPairBenchmark.AtomicNoCounters.pair",
                "RefcountPairBenchmark.PlainNoCounters.pair",
                "RefcountPairBenchmark.Biased.pairBatch", "RefcountPairBenchmark.Atomic.pairBatch", "RefcountPairBenchmark.Plain.pairBatch",
                "RefcountPairBenchmark.BiasedNoCounters.pairBatch", "RefcountPairBenchmark.AtomicNoCounters.pairBatch",
                "RefcountPairBenchmark.PlainNoCounters.pairBatch",
                "PolicyDispatchBenchmark.dispatch", "PolicyDispatchBenchmark.direct",
                "SharedObjectBenchmark.Biased.shared:owner", "SharedObjectBenchmark.Biased.shared:nonOwner",
                "SharedObjectBenchmark.Atomic.shared:owner", "SharedObjectBenchmark.Atomic.shared:nonOwner",
                "RawPairBaseline.plainAddPair", "RawPairBaseline.lockAddPair");
        int i = order.indexOf(key);
        return i < 0 ? order.size() : i;
    }

    /** Human labels for the known benchmarks; anything else keeps its JMH name. */
    static String label(String shortName, String role, boolean counting) {
        String base = shortName.replaceFirst("\\.(Biased|Atomic|Plain)(NoCounters)?\\.", ".");
        String l = switch (base) {
            case "RefcountPairBenchmark.pair" -> "pair, own object";
            case "RefcountPairBenchmark.pairBatch" -> "pair, own objects, " + RefcountPairBenchmark.BATCH + " per call";
            case "PolicyDispatchBenchmark.dispatch" -> "dispatch: RefCount pair";
            case "PolicyDispatchBenchmark.direct" -> "direct: BiasedRefCount pair";
            case "RawPairBaseline.plainAddPair" -> "baseline: 2 plain adds, no Skein";
            case "RawPairBaseline.lockAddPair" -> "baseline: 2 lock adds, no Skein";
            case "SharedObjectBenchmark.shared" -> "shared object: " + ("owner".equals(role) ? "owner" : "nonOwner".equals(role) ? "non-owner" : role);
            default -> shortName + (role == null ? "" : ":" + role);
        };
        return counting ? l : l + ", *counters off*";
    }

    /** The policy the fork ran with: its {@code -Dskein.refcount=...}, else the default. */
    private static String policyOf(Map<String, Object> r) {
        String p = "biased (default)";
        if (r.get("jvmArgs") instanceof List<?> args) {
            for (Object a : args) {
                String s = String.valueOf(a);
                if (s.startsWith("-Dskein.refcount=")) p = s.substring("-Dskein.refcount=".length());
            }
        }
        return p;
    }

    private static boolean countingOf(Map<String, Object> r) {
        boolean on = true;
        if (r.get("jvmArgs") instanceof List<?> args) {
            for (Object a : args) {
                String s = String.valueOf(a);
                if (s.startsWith("-Dskein.metrics.counting=")) on = Boolean.parseBoolean(s.substring("-Dskein.metrics.counting=".length()));
            }
        }
        return on;
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (v >= 100) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String fmtInt(Object v) {
        double d = num(v);
        return Double.isNaN(d) ? String.valueOf(v) : String.valueOf((long) d);
    }

    /** A JSON number (or numeric string, as JMH writes "NaN") as a double. */
    static double num(Object v) {
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof String str) {
            try {
                return Double.parseDouble(str);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
