package skein.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one configuration in a fresh process and reads what it printed: Skein in the same JVM
 * binary, with the same JVM flags and class path as this process (so a child started under
 * {@code ./skein} gets the launcher's flags and class-data archive, as {@code skein stress}'s
 * children do), or CPython. A Skein child writes {@code --metrics=json} to a file, which gives
 * the run's contention counters and the mode it really ran in.
 */
final class ChildRun {
    private static final Pattern RESULT = Pattern.compile("^elapsed ([0-9]+(?:\\.[0-9]+)?) checksum (\\S+)$");

    private final Path script;
    private final Path metricsDir;
    private final Path logDir;
    private final String python;
    private final int timeoutSeconds;
    private final List<String> extraJvmFlags;

    /** @param extraJvmFlags added to the Skein children's JVM flags (--quick: C1 only) */
    /** The child running now, if any: stopped with this JVM (Ctrl-C, kill) rather than left behind. */
    private static volatile Process running;

    static {
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process p = running;
            if (p != null) p.destroyForcibly();
        }, "skein-bench-stop-child"));
    }

    ChildRun(Path script, Path metricsDir, Path logDir, String python, int timeoutSeconds, List<String> extraJvmFlags) {
        this.extraJvmFlags = List.copyOf(extraJvmFlags);
        this.script = script;
        this.metricsDir = metricsDir;
        this.logDir = logDir;
        this.python = python;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The java command, JVM flags and class path of this process, less Skein's own -D settings (each child has its mode). */
    static List<String> skeinCommand(List<String> extraJvmFlags) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Dskein.")) cmd.add(a);
        }
        cmd.addAll(extraJvmFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("skein.cli.Main");
        return cmd;
    }

    RunResult run(String workload, Mode mode, int threads, int units, int run) throws IOException, InterruptedException {
        String stem = workload + "." + mode.label + ".t" + threads + ".r" + run;
        Path metrics = metricsDir.resolve(stem + ".json");
        Path out = logDir.resolve(stem + ".out");
        Path err = logDir.resolve(stem + ".err");
        List<String> cmd = new ArrayList<>();
        if (mode.isSkein()) {
            cmd.addAll(skeinCommand(extraJvmFlags));
            cmd.addAll(mode.skeinOptions);
            cmd.addAll(List.of("run", "--metrics=json", "--metrics-out", metrics.toString()));
        } else {
            cmd.add(python);
        }
        cmd.addAll(List.of(script.toString(), workload, String.valueOf(threads), String.valueOf(units)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        // the mode comes from the command line only: PYTHON_GIL would turn a free-threaded run into a GIL run
        pb.environment().remove("PYTHON_GIL");
        long t0 = System.nanoTime();
        Process p = pb.start();
        running = p;
        boolean finished;
        try {
            finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!finished) p.destroyForcibly().waitFor();
        } finally {
            running = null;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        RunResult result = judge(workload, mode, threads, run, wall, finished ? p.exitValue() : -1, finished,
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), metrics);
        // keep the output of failed runs only: the good ones said all in their result line
        if (result.ok()) {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
        return result;
    }

    /** Turns what a finished (or timed-out) process left behind into a result. */
    RunResult judge(String workload, Mode mode, int threads, int run, double wall, int exit, boolean finished,
                    String stdout, String stderr, Path metrics) {
        if (!finished) return RunResult.failed(workload, mode, threads, run, wall, "timed out after " + timeoutSeconds + " s");
        if (exit != 0) {
            return RunResult.failed(workload, mode, threads, run, wall, "exit " + exit + ": " + lastLine(stderr, stdout));
        }
        Matcher m = null;
        for (String line : stdout.lines().toList()) {
            Matcher candidate = RESULT.matcher(line.strip());
            if (candidate.matches()) m = candidate;
        }
        if (m == null) {
            return RunResult.failed(workload, mode, threads, run, wall, "no result line; printed: " + lastLine(stdout, stderr));
        }
        Map<String, Long> counters = Map.of();
        if (mode.isSkein()) {
            try {
                KeyCounters.Report report = KeyCounters.read(metrics);
                String reported = report.mode() + "/" + report.refcount();
                if (!mode.reported.equals(reported)) {
                    return RunResult.failed(workload, mode, threads, run, wall,
                            "ran as " + reported + ", not " + mode.reported);
                }
                counters = report.counters();
            } catch (IOException | RuntimeException e) {
                return RunResult.failed(workload, mode, threads, run, wall, "unreadable metrics " + metrics + ": " + e.getMessage());
            }
        }
        return new RunResult(workload, mode, threads, run, Double.parseDouble(m.group(1)), wall, m.group(2), counters, null);
    }

    /** The last non-blank line of the first text that has one, shortened for a message. */
    static String lastLine(String... texts) {
        for (String t : texts) {
            List<String> lines = t.lines().filter(l -> !l.isBlank()).toList();
            if (!lines.isEmpty()) {
                String l = lines.get(lines.size() - 1).strip();
                return l.length() > 200 ? l.substring(0, 200) + "..." : l;
            }
        }
        return "(no output)";
    }
}
