package skein.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;

/**
 * The {@code skein} command. Options that fix the runtime ({@code --refcount},
 * {@code --checking}) become system properties before any runtime class is initialised, so
 * the runtime can hold them in {@code static final}s the JIT folds.
 */
@Command(name = "skein",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "A free-threaded Python interpreter in Java, for studying what free threading costs and buys.",
            ""
        },
        subcommands = {RunCommand.class, DisCommand.class, TraceCommand.class, DemoCommand.class, StressCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Option(names = "--refcount", paramLabel = "POLICY", scope = ScopeType.INHERIT,
            description = "Reference-counting policy: biased (default), atomic or plain. Fixed for the whole run.")
    String refcount;

    @Option(names = "--checking", scope = ScopeType.INHERIT,
            description = "Checking mode: fail on use after free, double free and negative counts; report leaked objects at exit.")
    boolean checking;

    @Option(names = "--gil", scope = ScopeType.INHERIT,
            description = "Run under a global interpreter lock (the baseline for comparison; default: free threading). "
                    + "Also -X gil=1 or PYTHON_GIL=1.")
    boolean gil;

    @Option(names = "-X", paramLabel = "OPTION", scope = ScopeType.INHERIT,
            description = "Implementation options as CPython's: gil=0|1; jit=0|1 (compile hot Python code to JVM "
                    + "bytecode, default 1; also PYTHON_JIT=0|1).")
    java.util.List<String> xOptions = new java.util.ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        QuickRun.countingOffForPlainRun(args);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; never lets a Java stack trace out. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        MetricsRun.commandLine(args);
        Integer quick = QuickRun.tryRun(args, err);
        if (quick != null) return quick;
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.getSubcommands().get("run").setStopAtPositional(true);
        // trace FILE.py [--function NAME]: its option may follow the file; other options go to the script
        cl.getSubcommands().get("trace").setUnmatchedOptionsArePositionalParams(true);
        cl.setExecutionStrategy(parsed -> {
            main.applyRuntimeOptions();
            if (parsed.subcommand() != null && parsed.subcommand().commandSpec().userObject() instanceof RunCommand run
                    && run.metricsRequested()) {
                // hot-object sampling is a constant of the runtime: decided before any of it loads
                System.setProperty(MetricsRun.HOT_PROPERTY, "true");
            }
            if (parsed.subcommand() != null && parsed.subcommand().commandSpec().name().equals("trace")) {
                System.setProperty("skein.trace", "true");
                if (parsed.subcommand().hasMatchedOption("--function")) {
                    System.setProperty("skein.trace.function", parsed.subcommand().matchedOption("--function").getValue());
                }
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            err.println("skein: internal error: " + e);
            if (System.getenv("SKEIN_DEBUG") != null) e.printStackTrace(err);
            return 70; // EX_SOFTWARE
        });
        return cl.execute(args);
    }

    private void applyRuntimeOptions() {
        try {
            applyRuntimeOptions(refcount, gil, xOptions, checking);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The global options as the system properties the runtime reads when its classes initialise.
     * Throws IllegalArgumentException, with the message for the user, for a bad value.
     */
    static void applyRuntimeOptions(String refcount, boolean gil, java.util.List<String> xOptions, boolean checking) {
        if (refcount != null) System.setProperty("skein.refcount", skein.gc.RefcountPolicy.parse(refcount).cliName());
        Boolean gilWanted = gil ? Boolean.TRUE : null;
        String env = System.getenv("PYTHON_GIL");
        String jitEnv = System.getenv("PYTHON_JIT");
        Boolean jitWanted = jitEnv == null || jitEnv.isEmpty() ? null : zeroOrOne(jitEnv, "PYTHON_JIT");
        if (gilWanted == null && env != null && !env.isEmpty()) gilWanted = zeroOrOne(env, "PYTHON_GIL");
        for (String x : xOptions) {
            if (x.startsWith("gil=")) gilWanted = zeroOrOne(x.substring(4), "-X gil");
            if (x.startsWith("jit=")) jitWanted = zeroOrOne(x.substring(4), "-X jit");
            // other -X options are accepted and ignored, as CPython does with unknown ones
        }
        if (gilWanted == null && "plain".equals(System.getProperty("skein.refcount"))) {
            gilWanted = Boolean.TRUE; // plain counts are only correct when one thread runs at a time
        }
        if (gilWanted != null) System.setProperty("skein.gil", gilWanted.toString());
        if (jitWanted != null) System.setProperty("skein.jit", jitWanted.toString());
        if (checking) {
            System.setProperty("skein.checking", "true");
            // report leaked objects at exit on stderr, as CPython's -X showrefcount does its counts
            if (System.getProperty("skein.leaks.report") == null) System.setProperty("skein.leaks.report", "stderr");
        }
    }

    /** A 0|1 setting (-X gil, -X jit, PYTHON_GIL, PYTHON_JIT). */
    private static Boolean zeroOrOne(String v, String where) {
        return switch (v) {
            case "1" -> Boolean.TRUE;
            case "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(where + " must be 0 or 1, not '" + v + "'");
        };
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {
                "skein " + (v == null ? "(development build)" : v),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"
            };
        }
    }
}
