package skein.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table {@code skein bench} prints: one row per workload and mode with the best time per
 * thread count, the speedups, and the key contention counters of the largest thread count; then
 * the geometric means that answer the usual questions (how well each mode scales, what free
 * threading costs one thread, what the GIL costs with many), then the problems.
 */
public final class TextReport {
    private TextReport() {}

    public static String render(Summary s, BenchInfo info, BenchPlan plan) {
        List<Integer> threads = s.threads();
        int max = threads.get(threads.size() - 1);
        List<String> header = new ArrayList<>(List.of("workload", "mode"));
        for (int t : threads) header.add("T" + t + " (s)");
        for (int t : threads) if (t > 1) header.add("speedup x" + t);
        List<String> counterCols = List.of("shared_rc", "brc_queued", "contended_cs", "gil_switches");
        for (String c : counterCols) header.add(c + "@" + max);
        List<List<String>> rows = new ArrayList<>();
        for (String w : s.workloads()) {
            for (Mode m : s.modes()) {
                List<String> row = new ArrayList<>(List.of(w, m.label));
                for (int t : threads) row.add(seconds(s.cell(w, m, t)));
                for (int t : threads) if (t > 1) row.add(fixed(s.speedup(w, m, t)));
                Map<String, Long> counters = s.cell(w, m, max).counters();
                for (String c : counterCols) row.add(counters.containsKey(c) ? String.format(Locale.ROOT, "%,d", counters.get(c)) : "-");
                rows.add(row);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "skein bench: %d workloads x threads %s x modes %s, best of %d run%s%s%n",
                s.workloads().size(), threads, s.modes().stream().map(m -> m.label).toList(), plan.runs(),
                plan.runs() == 1 ? "" : "s", plan.quick() ? " (--quick: small sizes; a smoke test, not a measurement)" : ""));
        out.append(String.format(Locale.ROOT, "machine: %s x %d, load %s before, %s after; Java %s%s%n", info.cpu(), info.cores(),
                info.loadBefore(), info.loadAfter(), info.java(), info.python() == null ? "" : "; " + info.python()));
        out.append("times: the threaded section (start-up and warm-up excluded), best run; speedup = T1 x N / TN (N is perfect);")
                .append(" counters: the fastest run at ").append(max).append(" threads, whole process\n\n");
        out.append(table(header, rows, 2));
        out.append('\n').append(means(s, max));
        List<String> problems = s.problems();
        if (!problems.isEmpty()) {
            out.append("\nPROBLEMS (").append(problems.size()).append("):\n");
            for (String p : problems) out.append("  ").append(p).append('\n');
        }
        return out.toString();
    }

    /** The geometric means over the workloads. */
    static String means(Summary s, int max) {
        StringBuilder out = new StringBuilder("geometric means over the workloads:\n");
        if (max > 1) {
            for (Mode m : s.modes()) {
                List<Double> v = s.workloads().stream().map(w -> s.speedup(w, m, max)).toList();
                out.append(String.format(Locale.ROOT, "  speedup x%d, %-8s %s%n", max, m.label + ":", fixed(Summary.geomean(v))));
            }
        }
        for (Mode m : s.modes()) {
            if (m == Mode.GIL || !s.modes().contains(Mode.GIL)) continue;
            out.append(String.format(Locale.ROOT, "  T1 %s / T1 gil: %s  (%s)%n", m.label, fixed(meanRatio(s, m, Mode.GIL, 1)),
                    m == Mode.PYTHON3 ? "CPython against Skein's GIL mode, one thread" : "what " + m.label + " costs one thread"));
        }
        if (s.modes().contains(Mode.ATOMIC) && s.modes().contains(Mode.BIASED)) {
            out.append(String.format(Locale.ROOT, "  T1 atomic / T1 biased: %s; T%d atomic / T%d biased: %s  (what biased counting buys)%n",
                    fixed(meanRatio(s, Mode.ATOMIC, Mode.BIASED, 1)), max, max, fixed(meanRatio(s, Mode.ATOMIC, Mode.BIASED, max))));
        }
        if (max > 1 && s.modes().contains(Mode.GIL) && s.modes().contains(Mode.BIASED)) {
            out.append(String.format(Locale.ROOT, "  T%d gil / T%d biased: %s  (what the GIL costs at %d threads)%n",
                    max, max, fixed(meanRatio(s, Mode.GIL, Mode.BIASED, max)), max));
        }
        return out.toString();
    }

    static double meanRatio(Summary s, Mode a, Mode b, int threads) {
        return Summary.geomean(s.workloads().stream().map(w -> s.ratio(w, a, b, threads)).toList());
    }

    private static String seconds(Summary.Cell c) {
        if (c == null || c.runs().isEmpty()) return "-";
        return c.ok() ? String.format(Locale.ROOT, "%.3f", c.best()) : "FAILED";
    }

    static String fixed(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "-";
    }

    /** A plain-text table: the first {@code leftColumns} columns left-aligned, the rest right-aligned. */
    static String table(List<String> header, List<List<String>> rows, int leftColumns) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) width[i] = header.get(i).length();
        for (List<String> r : rows) {
            for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], r.get(i).length());
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, header, width, leftColumns);
        List<String> rule = new ArrayList<>();
        for (int w : width) rule.add("-".repeat(w));
        appendRow(out, rule, width, leftColumns);
        for (List<String> r : rows) appendRow(out, r, width, leftColumns);
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> cells, int[] width, int left) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) line.append("  ");
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            line.append(i < left ? c + pad : pad + c);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
