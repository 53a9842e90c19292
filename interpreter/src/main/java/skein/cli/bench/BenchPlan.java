package skein.cli.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The checked options of one {@code skein bench}: which workloads, thread counts and modes, how
 * many runs of each, the units of work per thread, the CPython to compare with, where the
 * results go. {@link #parse} turns the raw option strings into a plan or a {@link UsageException}
 * whose message says what is wrong.
 */
public record BenchPlan(List<Workload> workloads, List<Integer> threads, List<Mode> modes, int runs, boolean quick,
                        double scale, String compare, Path out, int timeoutSeconds, List<String> notes) {

    /** A bad option: the message is for the user, as is (exit status 2). */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Threads past this are surely a typo (and would each need a JVM with that many threads). */
    static final int MAX_THREADS = 256;

    /**
     * @param workloads  comma-separated names, or null for all
     * @param threads    comma-separated counts, or null for 1..{@code cores}
     * @param modes      comma-separated gil, atomic, biased, or null for all three
     * @param runs       runs per configuration, or null (3; 1 with --quick)
     * @param scale      a factor on every workload's units per thread (1: the defaults)
     * @param compare    the CPython command to run beside, or null
     * @param out        the results directory, or null for a new bench-results/scaling-TIME
     */
    public static BenchPlan parse(String workloads, String threads, String modes, Integer runs, boolean quick,
                                  double scale, String compare, String out, int timeoutSeconds, int cores)
            throws UsageException {
        List<String> notes = new ArrayList<>();
        List<Workload> ws = new ArrayList<>();
        if (workloads == null) {
            ws.addAll(Workload.ALL);
        } else {
            for (String name : items(workloads, "--workloads")) {
                Workload w = Workload.named(name);
                if (w == null) {
                    throw new UsageException("no workload '" + name + "' (have: " + String.join(", ",
                            Workload.ALL.stream().map(Workload::name).toList()) + ")");
                }
                if (!ws.contains(w)) ws.add(w);
            }
        }
        TreeSet<Integer> ts = new TreeSet<>();
        if (threads == null) {
            for (int t = 1; t <= Math.max(1, cores); t++) ts.add(t);
        } else {
            for (String s : items(threads, "--threads")) {
                int t;
                try {
                    t = Integer.parseInt(s);
                } catch (NumberFormatException e) {
                    throw new UsageException("--threads takes thread counts like 1,2,4, not '" + s + "'");
                }
                if (t < 1 || t > MAX_THREADS) throw new UsageException("--threads: " + t + " is not between 1 and " + MAX_THREADS);
                ts.add(t);
            }
            if (ts.add(1)) notes.add("added 1 thread to --threads: the speedups are against it");
        }
        List<Mode> ms = new ArrayList<>();
        if (modes == null) {
            ms.addAll(List.of(Mode.GIL, Mode.ATOMIC, Mode.BIASED));
        } else {
            for (String s : items(modes, "--modes")) {
                Mode m = Mode.skeinMode(s);
                if (m == null) {
                    throw new UsageException("--modes takes gil, atomic and biased, not '" + s + "'"
                            + (s.startsWith("python") ? " (CPython is --compare " + s + ")" : ""));
                }
                if (!ms.contains(m)) ms.add(m);
            }
        }
        int r = runs == null ? (quick ? 1 : 3) : runs;
        if (r < 1) throw new UsageException("--runs must be at least 1, not " + r);
        if (!(scale > 0) || scale > 1000) throw new UsageException("--scale must be above 0 and at most 1000, not " + scale);
        if (timeoutSeconds < 1) throw new UsageException("--timeout must be at least 1 second, not " + timeoutSeconds);
        if (compare != null && compare.isBlank()) throw new UsageException("--compare needs a command, e.g. --compare python3");
        Path dir;
        try {
            dir = out != null ? Path.of(out)
                    : Path.of("bench-results", "scaling-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("--out: not a usable path: '" + out + "'");
        }
        return new BenchPlan(List.copyOf(ws), List.copyOf(ts), List.copyOf(ms), r, quick, scale, compare, dir, timeoutSeconds,
                List.copyOf(notes));
    }

    private static List<String> items(String list, String option) throws UsageException {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) out.add(s.strip());
        }
        if (out.isEmpty()) throw new UsageException(option + " needs at least one value");
        return out;
    }

    /** The units per thread of {@code w} in this plan: its quick or default size times the scale, at least 1. */
    public int units(Workload w) {
        return (int) Math.max(1, Math.round(w.units(quick) * scale));
    }

    /** The modes that run: the Skein ones, then CPython if compared. */
    public List<Mode> allModes(boolean withPython) {
        List<Mode> all = new ArrayList<>(modes);
        if (withPython) all.add(Mode.PYTHON3);
        return all;
    }

    /** The number of processes the plan starts. */
    public int processCount(boolean withPython) {
        return workloads.size() * threads.size() * allModes(withPython).size() * runs;
    }
}
