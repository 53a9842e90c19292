package skein.cli;

import io.micrometer.core.instrument.Gauge;
import picocli.CommandLine;
import skein.gc.RuntimeConfig;
import skein.gc.ThreadRegistry;
import skein.interpreter.runtime.Output;
import skein.metrics.CounterRegistry;
import skein.metrics.MetricsSnapshot;
import skein.metrics.RunReport;
import skein.metrics.ThreadCounters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Stack;

/**
 * {@code skein run --metrics[=FORMAT] [--metrics-out FILE]}: before the program runs, checks the
 * format and opens the output (so a bad file fails at once, before any of the program's output);
 * after it ended, however it ended, writes the report. The program's own output and exit status
 * are untouched; only a failure of the report itself exits 2.
 */
final class MetricsRun {
    /** Set before the runtime starts so that {@link ThreadCounters#HOT} is a constant. */
    static final String HOT_PROPERTY = "skein.metrics.hot";

    private final RunReport.Format format;
    private final String outName;
    private final Writer out;
    private final PrintWriter err;
    private long startNanos;

    private MetricsRun(RunReport.Format format, String outName, Writer out, PrintWriter err) {
        this.format = format;
        this.outName = outName;
        this.out = out;
        this.err = err;
    }

    /** Checks that counting is on and opens {@code outFile} (null: stderr); null after printing why not. */
    static MetricsRun open(RunReport.Format format, String outFile, PrintWriter err) {
        if (!ThreadCounters.ENABLED) {
            err.println("skein run: --metrics needs the counters, which -Dskein.metrics.counting=false turned off");
            return null;
        }
        Writer w = null;
        if (outFile != null) {
            try {
                Path p = Path.of(outFile);
                if (Files.isDirectory(p)) throw new IOException("is a directory");
                w = Files.newBufferedWriter(p, StandardCharsets.UTF_8);
            } catch (IOException | InvalidPathException | SecurityException e) {
                err.println("skein run: cannot write the metrics to '" + outFile + "': " + reason(e));
                return null;
            }
        }
        return new MetricsRun(format, outFile, w, err);
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** Just before the program runs. */
    void start() {
        ThreadRegistry.COUNTERS.retainThreads(true);
        startNanos = System.nanoTime();
        // A cold JVM takes tens of milliseconds to load and initialise Micrometer (and Jackson or
        // the Prometheus client): render an empty report in the background while the program
        // runs, so the report at exit does not add that to the run.
        // (-Dskein.metrics.preload=all, when ./skein writes its class-data archive: every format.)
        List<RunReport.Format> formats = "all".equals(System.getProperty("skein.metrics.preload"))
                ? List.of(RunReport.Format.values()) : List.of(format);
        preload = Thread.ofPlatform().name("skein-metrics-preload").daemon(true).start(() -> {
            try {
                RunReport empty = new RunReport(MetricsSnapshot.take(new CounterRegistry()),
                        new RunReport.RunInfo("-", "-", "-", 0, 0), ObjectNames.INSTANCE, List.of());
                for (RunReport.Format f : formats) empty.render(f);
            } catch (RuntimeException | Error e) {
                // only a warm-up: the real report will say what is wrong
            }
        });
    }

    private Thread preload;

    /** The report is made after the warm-up, never beside it (no two threads initialising one class). */
    private void awaitPreload() {
        if (preload == null) return;
        try {
            preload.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The program did not run after all: close the file. */
    void abandon() {
        closeQuietly();
    }

    /** Writes the report of the run that ended with {@code status}; returns {@code status}, or 2 if the report failed. */
    int finish(String program, int status) {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        Output.flushAll();
        awaitPreload();
        try {
            long backlog = ThreadRegistry.qsbrBacklog();
            RunReport report = new RunReport(MetricsSnapshot.take(ThreadRegistry.COUNTERS),
                    new RunReport.RunInfo(program, RuntimeConfig.GIL ? "GIL" : "free-threaded",
                            RuntimeConfig.POLICY.cliName(), status, wall),
                    ObjectNames.INSTANCE,
                    List.of(r -> Gauge.builder("skein.qsbr.backlog", () -> backlog)
                            .description("freed objects still waiting for QSBR at exit").baseUnit("objects")
                            .strongReference(true).register(r)));
            String text = report.render(format);
            if (out != null) {
                out.write(text);
                out.close();
            } else {
                err.print(text);
                err.flush();
            }
            return status;
        } catch (IOException e) {
            err.println("skein run: cannot write the metrics to '" + outName + "': " + reason(e));
            closeQuietly();
            return 2;
        } catch (RuntimeException | Error e) {
            err.println("skein run: cannot make the metrics report: " + e);
            if (System.getenv("SKEIN_DEBUG") != null) e.printStackTrace(err);
            closeQuietly();
            return 2;
        }
    }

    private void closeQuietly() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException ignored) {
            // nothing more to say than the error already printed
        }
    }

    /** The whole command line being parsed (see {@link FormatConsumer}). */
    private static volatile List<String> commandLine = List.of();

    static void commandLine(String[] args) {
        commandLine = List.of(args);
    }

    /**
     * {@code --metrics} takes its format only as {@code --metrics=FORMAT} or when the next word is
     * a format name, so {@code skein run --metrics prog.py} runs {@code prog.py}. Picocli hands an
     * attached value over like a separate word, so the command line tells the two apart:
     * {@code --metrics=xml} must be an error, not a script named {@code xml}.
     */
    static final class FormatConsumer implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, CommandLine.Model.ArgSpec argSpec,
                                      CommandLine.Model.CommandSpec commandSpec) {
            String value = "table";
            if (!args.isEmpty()) {
                String next = args.peek();
                if (RunReport.Format.parse(next) != null || commandLine.contains("--metrics=" + next)) value = args.pop();
            }
            argSpec.setValue(value);
        }
    }
}
