package skein.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The runs of a benchmark grouped per configuration (workload x mode x threads): the best time,
 * the spread, the speedup against the same mode's one-thread time, the counters, and what went
 * wrong (failed runs, checksums that disagree). Pure computation, no I/O: the writers and the
 * command read it.
 */
public final class Summary {
    /** One configuration's runs. {@code best} and {@code worst} are NaN when no run succeeded. */
    public record Cell(String workload, Mode mode, int threads, List<RunResult> runs, double best, double worst,
                       Map<String, Long> counters) {
        /** (worst - best) / best: the run-to-run spread; NaN with fewer than two good runs. */
        public double spread() {
            long good = runs.stream().filter(RunResult::ok).count();
            return good < 2 ? Double.NaN : (worst - best) / best;
        }

        public boolean ok() {
            return !Double.isNaN(best);
        }
    }

    private final List<String> workloads;
    private final List<Mode> modes;
    private final List<Integer> threads;
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * Groups {@code runs} over the given axes (in their order). Every configuration of the axes
     * gets a cell, with or without runs.
     */
    public Summary(List<String> workloads, List<Mode> modes, List<Integer> threads, List<RunResult> runs) {
        this.workloads = List.copyOf(workloads);
        this.modes = List.copyOf(modes);
        this.threads = List.copyOf(threads);
        for (String w : workloads) {
            for (Mode m : modes) {
                for (int t : threads) {
                    List<RunResult> mine = runs.stream()
                            .filter(r -> r.workload().equals(w) && r.mode() == m && r.threads() == t).toList();
                    cells.put(key(w, m, t), cell(w, m, t, mine));
                }
            }
        }
        for (RunResult r : runs) {
            if (!r.ok()) problems.add(r.label() + ": " + r.error());
        }
        for (String w : workloads) checkChecksums(w, runs);
    }

    private static Cell cell(String w, Mode m, int t, List<RunResult> runs) {
        RunResult fastest = null;
        double worst = Double.NaN;
        for (RunResult r : runs) {
            if (!r.ok()) continue;
            if (fastest == null || r.seconds() < fastest.seconds()) fastest = r;
            if (Double.isNaN(worst) || r.seconds() > worst) worst = r.seconds();
        }
        return new Cell(w, m, t, runs, fastest == null ? Double.NaN : fastest.seconds(), worst,
                fastest == null ? Map.of() : fastest.counters());
    }

    /**
     * Every good run of a workload, in every mode and on any number of threads (CPython too),
     * must print the same checksum, and no run's threads may disagree ({@code mismatch:...}).
     * Reports the first disagreement against the first run's checksum and every mismatch.
     */
    private void checkChecksums(String workload, List<RunResult> runs) {
        RunResult reference = null;
        boolean reported = false;
        for (RunResult r : runs) {
            if (!r.ok() || !r.workload().equals(workload)) continue;
            if (r.checksum().startsWith("mismatch:")) {
                problems.add(r.label() + ": the threads' results differ (" + r.checksum() + ")");
            } else if (reference == null) {
                reference = r;
            } else if (!reported && !Objects.equals(r.checksum(), reference.checksum())) {
                problems.add(workload + ": checksums disagree: " + r.checksum() + " (" + r.label() + ") != "
                        + reference.checksum() + " (" + reference.label() + ")");
                reported = true;
            }
        }
    }

    private static String key(String w, Mode m, int t) {
        return w + "\0" + m + "\0" + t;
    }

    public Cell cell(String workload, Mode mode, int threads) {
        return cells.get(key(workload, mode, threads));
    }

    /**
     * The speedup of {@code n} threads over one: T1 x n / Tn (each thread does the same work, so
     * n threads do n times the work of one; n is perfect scaling, 1 none). NaN if either is missing.
     */
    public static double speedup(double t1, int n, double tn) {
        if (Double.isNaN(t1) || Double.isNaN(tn) || tn <= 0 || n < 1) return Double.NaN;
        return t1 * n / tn;
    }

    /** The speedup of a configuration against the same workload and mode on one thread. */
    public double speedup(String workload, Mode mode, int threads) {
        Cell one = cell(workload, mode, 1);
        Cell n = cell(workload, mode, threads);
        if (one == null || n == null) return Double.NaN;
        return speedup(one.best(), threads, n.best());
    }

    /** best(mode a) / best(mode b) for the same workload and threads: above 1, a is slower. */
    public double ratio(String workload, Mode a, Mode b, int threads) {
        Cell ca = cell(workload, a, threads), cb = cell(workload, b, threads);
        if (ca == null || cb == null || !ca.ok() || !cb.ok()) return Double.NaN;
        return ca.best() / cb.best();
    }

    /** The geometric mean of the finite, positive values (NaN if none). */
    public static double geomean(List<Double> values) {
        double logSum = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v) && v > 0) {
                logSum += Math.log(v);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(logSum / n);
    }

    public List<String> workloads() {
        return workloads;
    }

    public List<Mode> modes() {
        return modes;
    }

    public List<Integer> threads() {
        return threads;
    }

    public List<Cell> cells() {
        return List.copyOf(cells.values());
    }

    /** Failed runs and checksum disagreements, in the order found; empty when all is well. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
