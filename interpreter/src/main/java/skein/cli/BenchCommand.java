package skein.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import skein.cli.bench.BenchInfo;
import skein.cli.bench.BenchPlan;
import skein.cli.bench.BenchRunner;
import skein.cli.bench.ResultFiles;
import skein.cli.bench.RunResult;
import skein.cli.bench.SpeedupCharts;
import skein.cli.bench.Summary;
import skein.cli.bench.TextReport;
import skein.cli.bench.Workload;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code skein bench}: the free-threading scaling benchmark. Every workload of
 * {@code skein/bench/scaling.py} on 1..N threads in every mode (GIL, free-threaded with atomic or
 * biased counts, and CPython with {@code --compare}), each configuration in a fresh process, best
 * of {@code --runs}; a table on stdout, JSON, CSV and charts in {@code --out}. Exit status 0, 1
 * when a run failed or checksums disagreed (the problems are listed), 2 for a bad option.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, description = {
        "The free-threading scaling benchmark: workloads x threads x modes, each in a fresh process;",
        "speedup (T1 x N / TN) and contention counters as a table, JSON, CSV and charts (PNG, SVG).",
        "Exit status: 0 ok, 1 a run failed or checksums disagreed, 2 bad options."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--workloads", paramLabel = "A,B", description = "Only these workloads (default: all; --list names them).")
    String workloads;

    @Option(names = "--threads", paramLabel = "1,2", description = "Thread counts (default: 1 to the number of cores; 1 is always added).")
    String threads;

    @Option(names = "--modes", paramLabel = "M,M", description = "gil, atomic, biased (default: all three).")
    String modes;

    @Option(names = "--runs", paramLabel = "N", description = "Runs (fresh processes) per configuration; the best counts (default 3; 1 with --quick).")
    Integer runs;

    @Option(names = "--compare", paramLabel = "CMD", description = "Also run the workloads under this CPython (e.g. python3), where installed.")
    String compare;

    @Option(names = "--quick", description = "Small sizes, 1 run, C1-compiled children: a smoke test (about 2 minutes on 2 cores), not a measurement.")
    boolean quick;

    @Option(names = "--scale", paramLabel = "F", description = "Multiply every workload's units of work by F (default ${DEFAULT-VALUE}).")
    double scale = 1.0;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the results go (default: a new bench-results/scaling-TIME).")
    String out;

    @Option(names = "--timeout", paramLabel = "S", description = "Seconds before a run counts as hung (default ${DEFAULT-VALUE}).")
    int timeout = 600;

    @Option(names = "--list", description = "List the workloads and exit.")
    boolean list;

    @Option(names = "--replot", paramLabel = "DIR",
            description = "Run nothing: redraw the table and charts of an earlier run from DIR/runs.csv (into DIR).")
    String replot;

    @ParentCommand
    Main parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            for (Workload w : Workload.ALL) {
                stdout.printf("%-21s %-7s %s%n", w.name(), w.shared() ? "shared" : "private", w.description());
            }
            stdout.flush();
            return 0;
        }
        if (replot != null) return replot(stdout, err);
        if (parent != null && (parent.gil || parent.refcount != null)) {
            err.println("skein bench: choose the modes with --modes gil,atomic,biased, not --gil or --refcount");
            return 2;
        }
        BenchPlan plan;
        try {
            plan = BenchPlan.parse(workloads, threads, modes, runs, quick, scale, compare, out, timeout,
                    Runtime.getRuntime().availableProcessors());
        } catch (BenchPlan.UsageException e) {
            err.println("skein bench: " + e.getMessage());
            return 2;
        }
        for (String note : plan.notes()) err.println("skein bench: note: " + note);
        String python = null, pythonVersion = null;
        if (plan.compare() != null) {
            pythonVersion = BenchInfo.pythonVersion(plan.compare());
            if (pythonVersion == null) {
                err.println("skein bench: --compare " + plan.compare() + ": it does not run here; benchmarking without it");
            } else {
                python = plan.compare();
            }
        }
        try {
            Files.createDirectories(plan.out());
        } catch (IOException | SecurityException e) {
            err.println("skein bench: cannot make the results directory '" + plan.out() + "': " + e);
            return 2;
        }
        String loadBefore = BenchInfo.loadAverage();
        String date = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        err.printf("skein bench: %d processes (%d workloads x threads %s x %s, %d run%s each) -> %s%n",
                plan.processCount(python != null), plan.workloads().size(), plan.threads(),
                plan.allModes(python != null).stream().map(m -> m.label).toList(), plan.runs(), plan.runs() == 1 ? "" : "s", plan.out());
        err.flush();
        try {
            List<RunResult> results = new BenchRunner(plan, python, err).run();
            Summary summary = new Summary(plan.workloads().stream().map(Workload::name).toList(), plan.allModes(python != null),
                    plan.threads(), results);
            BenchInfo info = new BenchInfo(date, BenchInfo.cpuModel(), Runtime.getRuntime().availableProcessors(), loadBefore,
                    BenchInfo.loadAverage(), BenchInfo.javaVersion(), pythonVersion);
            String table = TextReport.render(summary, info, plan);
            Path dir = plan.out();
            Files.writeString(dir.resolve("report.txt"), table);
            ResultFiles.writeJson(dir.resolve("results.json"), plan, info, summary, results);
            ResultFiles.writeResultsCsv(dir.resolve("results.csv"), plan, summary);
            ResultFiles.writeRunsCsv(dir.resolve("runs.csv"), results);
            stdout.print(table);
            stdout.flush();
            try {
                SpeedupCharts.write(dir, summary);
            } catch (RuntimeException | Error e) {
                // the numbers are written already; a chart library failure must not hide them
                err.println("skein bench: cannot draw the charts: " + e);
                return 1;
            }
            err.println("skein bench: results in " + dir + "/ (report.txt, results.json, results.csv, runs.csv, "
                    + "speedup.png, speedup.svg, charts/, metrics/, workloads/scaling.py)");
            if (!summary.problems().isEmpty()) {
                err.println("skein bench: FAILED: " + summary.problems().size() + " problem(s), listed above");
                return 1;
            }
            return 0;
        } catch (IOException e) {
            err.println("skein bench: cannot write the results: " + e);
            return 1;
        }
    }

    /** {@code --replot DIR}: the table and charts again, from the runs an earlier run wrote. */
    private int replot(PrintWriter stdout, PrintWriter err) {
        Path dir = Path.of(replot);
        try {
            List<RunResult> runs = ResultFiles.readRunsCsv(dir.resolve("runs.csv"));
            List<String> names = runs.stream().map(RunResult::workload).distinct().toList();
            List<skein.cli.bench.Mode> modes = java.util.Arrays.stream(skein.cli.bench.Mode.values())
                    .filter(m -> runs.stream().anyMatch(r -> r.mode() == m)).toList();
            List<Integer> counts = runs.stream().map(RunResult::threads).distinct().sorted().toList();
            Summary summary = new Summary(names, modes, counts, runs);
            BenchPlan plan = BenchPlan.parse(String.join(",", names), null, null,
                    runs.stream().mapToInt(RunResult::run).max().orElse(1), false, 1.0, null, replot, timeout, 1);
            BenchInfo info = new BenchInfo("(replotted)", BenchInfo.cpuModel(), Runtime.getRuntime().availableProcessors(),
                    "?", "?", BenchInfo.javaVersion(), null);
            stdout.print(TextReport.render(summary, info, plan));
            stdout.flush();
            SpeedupCharts.write(dir, summary);
            err.println("skein bench: charts redrawn in " + dir + "/ (speedup.png, speedup.svg, charts/)");
            return summary.problems().isEmpty() ? 0 : 1;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("skein bench: --replot: no " + e.getFile());
            return 2;
        } catch (IOException | BenchPlan.UsageException e) {
            err.println("skein bench: --replot: " + e.getMessage());
            return 2;
        }
    }
}
