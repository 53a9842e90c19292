package skein.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs a plan: writes the workload file into the results directory (so every run, and anyone
 * re-running one by hand, uses the same file), then for each workload runs every configuration
 * once per round, alternating (so a slow phase of the machine hits every configuration, not one),
 * each in a fresh process. A configuration that failed is not run again. Progress goes to
 * {@code progress} (stderr), one line per run.
 */
public final class BenchRunner {
    /** The workload file inside the jar, and where it goes in the results directory. */
    static final String SCRIPT_RESOURCE = "/skein/bench/scaling.py";

    /**
     * --quick's Skein children compile with C1 only: a smoke run of small sizes is mostly JIT
     * work, and on 2 busy cores C2's compiler threads double its time. Not for measurements.
     */
    static final List<String> QUICK_JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1");

    private final BenchPlan plan;
    private final String python;
    private final PrintWriter progress;

    /** @param python the CPython command to compare with, or null */
    public BenchRunner(BenchPlan plan, String python, PrintWriter progress) {
        this.plan = plan;
        this.python = python;
        this.progress = progress;
    }

    /** Copies the workload file into {@code dir}/workloads and returns its path. */
    static Path writeScript(Path dir) throws IOException {
        Path workloads = Files.createDirectories(dir.resolve("workloads"));
        Path script = workloads.resolve("scaling.py");
        try (InputStream in = BenchRunner.class.getResourceAsStream(SCRIPT_RESOURCE)) {
            if (in == null) throw new IOException("scaling.py is missing from the build");
            Files.write(script, in.readAllBytes());
        }
        return script;
    }

    public List<RunResult> run() throws IOException, InterruptedException {
        Path script = writeScript(plan.out());
        ChildRun child = new ChildRun(script.toAbsolutePath(), Files.createDirectories(plan.out().resolve("metrics")),
                Files.createDirectories(plan.out().resolve("logs")), python, plan.timeoutSeconds(),
                plan.quick() ? QUICK_JVM_FLAGS : List.of());
        List<Mode> modes = plan.allModes(python != null);
        int total = plan.processCount(python != null);
        int done = 0;
        long start = System.nanoTime();
        List<RunResult> results = new ArrayList<>();
        for (Workload w : plan.workloads()) {
            int units = plan.units(w);
            Set<String> dead = new HashSet<>();
            for (int round = 1; round <= plan.runs(); round++) {
                for (Mode m : modes) {
                    for (int t : plan.threads()) {
                        done++;
                        String config = m.label + "/" + t;
                        if (dead.contains(config)) continue;
                        RunResult r = child.run(w.name(), m, t, units, round);
                        results.add(r);
                        if (!r.ok()) dead.add(config);
                        progress.printf(Locale.ROOT, "skein bench: [%d/%d %.0fs] %-20s %-7s %2d thread%s run %d: %s%n",
                                done, total, (System.nanoTime() - start) / 1e9, w.name(), m.label, t, t == 1 ? " " : "s",
                                round, r.ok() ? String.format(Locale.ROOT, "%.3f s (process %.2f s)", r.seconds(), r.wallSeconds())
                                        : "FAILED: " + r.error());
                        progress.flush();
                    }
                }
            }
        }
        return results;
    }
}
