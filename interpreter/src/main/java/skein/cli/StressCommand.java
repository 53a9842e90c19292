package skein.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code skein stress}: the multithreaded Python programs of the stress suite (resources
 * {@code skein/stress/*.py}, each checking exact invariants itself), run one by one, each in a
 * fresh JVM in checking mode, with the chosen threads, iterations (or seconds), seed, mode and
 * fault injection. A program passes when it prints {@code ok ...}, exits 0, and leaks nothing.
 * The summary line per program carries the contention counters; the exit status is 1 if any
 * program failed, and the failure names the program and the seed to rerun it with.
 */
@Command(name = "stress", mixinStandardHelpOptions = true, description = {
        "Run the multithreaded stress suite: Python programs with exact invariants (no lost, duplicated, invented or leaked objects).",
        "Each runs in its own process in checking mode; the exit status is 1 if any failed."})
final class StressCommand implements Callable<Integer> {
    /** The suite, in the order it runs. */
    static final List<String> PROGRAMS = List.of("list_append", "list_pop_drain", "dict_disjoint", "dict_shared",
            "set_churn", "bank_transfer", "bounded_buffer", "queue_pipeline", "object_churn", "attr_handoff", "cycle_churn", "function_churn",
            "short_threads", "iterate_mutate", "counter_locked");

    @Option(names = "--threads", paramLabel = "N", description = "Threads per program (default ${DEFAULT-VALUE}).")
    int threads = 4;

    @Option(names = "--iterations", paramLabel = "M", description = "Operations per thread (default ${DEFAULT-VALUE}).")
    int iterations = 2000;

    @Option(names = "--seconds", paramLabel = "S", description = "Run each program for about S seconds instead of a fixed number of iterations.")
    double seconds;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the programs' choices and of fault injection (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--program", paramLabel = "NAME", description = "Run only these programs (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(names = "--faults", paramLabel = "KINDS", split = ",",
            description = "Fault injection: storm (eval-breaker storms), merge (forced refcount merges), stw (stop-the-world pauses), "
                    + "hot (every non-owner reference to an int, float or str registers it for per-thread counting, a pause each batch), "
                    + "switch (forced GIL switches; --gil only).")
    List<String> faults = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "S", description = "Seconds before a program counts as hung (default ${DEFAULT-VALUE}).")
    int timeout = 300;

    @Option(names = "--list", description = "List the programs and exit.")
    boolean list;

    @Override
    public Integer call() throws Exception {
        if (list) {
            PROGRAMS.forEach(System.out::println);
            return 0;
        }
        for (String f : faults) {
            if (!List.of("storm", "merge", "stw", "hot", "switch").contains(f)) {
                System.err.println("skein stress: unknown fault '" + f + "' (storm, merge, stw, hot, switch)");
                return 2;
            }
        }
        for (String p : only) {
            if (!PROGRAMS.contains(p)) {
                System.err.println("skein stress: no program '" + p + "' (skein stress --list)");
                return 2;
            }
        }
        List<String> chosen = only.isEmpty() ? PROGRAMS : only;
        boolean gil = Boolean.getBoolean("skein.gil");
        String mode = (gil ? "GIL" : "free-threaded") + ", refcount " + System.getProperty("skein.refcount", gil ? "plain" : "biased");
        System.out.printf("skein stress: %d program%s, %d threads x %s, seed %d, %s%s%n", chosen.size(), chosen.size() == 1 ? "" : "s",
                threads, seconds > 0 ? seconds + " s" : iterations + " iterations", seed, mode,
                faults.isEmpty() ? "" : ", faults " + String.join(",", faults));
        Path dir = Files.createTempDirectory("skein-stress");
        List<String> failed = new ArrayList<>();
        try {
            // what every program imports (params, Rng, budget, run, report), beside them
            try (InputStream in = StressCommand.class.getResourceAsStream("/skein/stress/stresskit.py")) {
                if (in == null) throw new IOException("stresskit.py is missing from the build");
                Files.write(dir.resolve("stresskit.py"), in.readAllBytes());
            }
            for (String name : chosen) {
                if (!runOne(dir, name, gil)) failed.add(name);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
        if (failed.isEmpty()) {
            System.out.println("skein stress: all " + chosen.size() + " passed");
            return 0;
        }
        System.out.println("skein stress: FAILED " + String.join(", ", failed) + " (seed " + seed + "; rerun one with --program NAME --seed " + seed + ")");
        return 1;
    }

    private boolean runOne(Path dir, String name, boolean gil) throws IOException, InterruptedException {
        Path script = dir.resolve(name + ".py");
        try (InputStream in = StressCommand.class.getResourceAsStream("/skein/stress/" + name + ".py")) {
            if (in == null) {
                System.out.printf("FAIL %-15s the program is missing from the build%n", name);
                return false;
            }
            Files.write(script, in.readAllBytes());
        }
        Path leaks = dir.resolve(name + ".leaks");
        Path counters = dir.resolve(name + ".counters");
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Xss8m");
        cmd.add("-XX:+UseParallelGC");
        cmd.add("-Dskein.leaks.report=" + leaks);
        cmd.add("-Dskein.stress.report=" + counters);
        // the report is made of the counters, which a plain `run` would turn off
        cmd.add("-D" + QuickRun.COUNTING_PROPERTY + "=true");
        if (!faults.isEmpty()) {
            cmd.add("-Dskein.faults=" + String.join(",", faults));
            cmd.add("-Dskein.faults.seed=" + seed);
        }
        if (faults.contains("hot")) cmd.add("-Dskein.perthread.sample=1"); // skein.gc.HotLeaves
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        if (gil) cmd.add("--gil");
        String policy = System.getProperty("skein.refcount");
        if (policy != null) cmd.add("--refcount=" + policy);
        cmd.add("--checking");
        cmd.addAll(List.of("run", script.toString(), "--threads", String.valueOf(threads), "--iterations", String.valueOf(iterations),
                "--seed", String.valueOf(seed)));
        if (seconds > 0) cmd.addAll(List.of("--seconds", String.valueOf(seconds)));
        long t0 = System.nanoTime();
        Path output = dir.resolve(name + ".out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = p.waitFor(timeout, TimeUnit.SECONDS);
        if (!finished) p.destroyForcibly().waitFor();
        byte[] out = Files.readAllBytes(output);
        double secs = (System.nanoTime() - t0) / 1e9;
        String text = new String(out, StandardCharsets.UTF_8);
        String leakText = Files.exists(leaks) ? Files.readString(leaks).strip() : "missing";
        boolean okLine = text.lines().anyMatch(l -> l.startsWith("ok " + name));
        boolean noLeaks = leakText.startsWith("total 0");
        boolean pass = finished && p.exitValue() == 0 && okLine && noLeaks;
        Map<String, Long> c = readCounters(counters);
        long pauses = c.get("stw_pauses");
        String ttsp = pauses > 0 ? String.format(" (ttsp %.0f us)", c.get("stw_ttsp_nanos") / 1e3 / pauses) : "";
        System.out.printf("%-4s %-15s %6.2fs  mutex fast/spin/park %s/%s/%s  cs-suspend %s  brc queued/merged %s/%s  hot leaves %s  stw %s%s  gil-switch %s  faults %s%n",
                pass ? "PASS" : "FAIL", name, secs, c.get("mutex_fast"), c.get("mutex_contended"), c.get("mutex_parked"),
                c.get("cs_suspensions"), c.get("brc_queued"), c.get("brc_merged"), c.get("per_thread_registered"), pauses, ttsp,
                c.get("gil_drops"), c.get("faults_injected"));
        if (!pass) {
            if (!finished) System.out.println("     timed out after " + timeout + " s (a hang?)");
            else System.out.println("     exit status " + p.exitValue() + (noLeaks ? "" : "; leak report: " + leakText.replace('\n', ' ')));
            text.lines().limit(40).forEach(l -> System.out.println("     | " + l));
        }
        return pass;
    }

    private static Map<String, Long> readCounters(Path file) throws IOException {
        Map<String, Long> m = new LinkedHashMap<>() {
            @Override
            public Long get(Object k) {
                return getOrDefault(k, -1L);
            }
        };
        if (!Files.exists(file)) return m;
        for (String line : Files.readAllLines(file)) {
            String[] kv = line.split(" ");
            if (kv.length == 2) m.put(kv[0], Long.parseLong(kv[1]));
        }
        return m;
    }
}
