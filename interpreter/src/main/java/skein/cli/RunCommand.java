package skein.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import skein.interpreter.runtime.ProgramRunner;
import skein.metrics.RunReport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code skein run FILE.py [ARGS...]} and {@code skein run -c CODE [ARGS...]}: like {@code python3}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a Python program, as python3 FILE.py [ARGS...] or python3 -c CODE.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "-c", paramLabel = "CODE", description = "Program passed in as a string.")
    String command;

    @Option(names = "--metrics", arity = "0..1", fallbackValue = "table", paramLabel = "FORMAT",
            parameterConsumer = MetricsRun.FormatConsumer.class,
            description = "At exit, report the run's contention metrics (refcount paths, locks, stop-the-world, GIL, "
                    + "QSBR, objects freed, per thread, hot objects) on stderr: table (the default), json or prometheus. "
                    + "Write --metrics=FORMAT.")
    String metrics;

    @Option(names = "--metrics-out", paramLabel = "FILE",
            description = "Write the --metrics report to FILE instead of stderr (implies --metrics).")
    String metricsOut;

    @Parameters(paramLabel = "FILE [ARGS]", arity = "0..*", description = "The script and its arguments (sys.argv).")
    List<String> params = new ArrayList<>();

    @Spec
    CommandSpec spec;

    boolean metricsRequested() {
        return metrics != null || metricsOut != null;
    }

    /**
     * The program to run: {@code -c command} (if not null) or the file {@code params[0]}; null,
     * with the reason told on stderr, when there is none.
     */
    private static ProgramRunner.Program program(String command, List<String> params) {
        if (command != null) return ProgramRunner.fromCommand(command, params);
        if (params.isEmpty()) {
            System.err.println("skein run: give a FILE.py or -c CODE (see skein run --help)");
            return null;
        }
        return ProgramRunner.fromFile(params.get(0), params.subList(1, params.size()));
    }

    /** Runs {@code -c command} or the file {@code params[0]} without metrics; returns the exit status. */
    static int runPlain(String command, List<String> params) {
        ProgramRunner.Program program = program(command, params);
        return program == null ? 2 : ProgramRunner.run(program);
    }

    @Override
    public Integer call() {
        if (!metricsRequested()) return runPlain(command, params);
        RunReport.Format format = RunReport.Format.parse(metrics == null ? "table" : metrics);
        if (format == null) {
            spec.commandLine().getErr().println("skein run: --metrics takes table, json or prometheus, not '" + metrics + "'");
            return 2;
        }
        MetricsRun metricsRun = MetricsRun.open(format, metricsOut, spec.commandLine().getErr());
        if (metricsRun == null) return 2;
        ProgramRunner.Program program = program(command, params);
        if (program == null) {
            metricsRun.abandon();
            return 2;
        }
        metricsRun.start();
        int status = ProgramRunner.run(program);
        return metricsRun.finish(command != null ? "-c" : params.get(0), status);
    }
}
