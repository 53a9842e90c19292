package skein.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The everyday command lines, {@code skein [GLOBAL...] run FILE.py [ARGS...]} and
 * {@code skein [GLOBAL...] run -c CODE [ARGS...]} with the global options {@code --gil},
 * {@code --checking}, {@code --refcount POLICY} and {@code -X OPTION}, run without building
 * picocli's model of the command line. Why: picocli 4.7 is compiled for Java 5, so the JVM can put
 * none of its classes in the class-data archive and loads and verifies some 145 of them on every
 * start — most of a {@code skein run -c pass}. Every other command line (help, the other
 * commands, run's {@code --metrics}, anything unusual or wrong) goes to picocli, which parses
 * and reports it as before; this class only ever recognises a line picocli would read the same way.
 */
final class QuickRun {
    private QuickRun() {}

    /** The counters' switch ({@code skein.metrics.ThreadCounters#ENABLED}). */
    static final String COUNTING_PROPERTY = "skein.metrics.counting";

    /**
     * A {@code run} without {@code --metrics} turns the per-thread counters off unless the JVM
     * was told otherwise: nothing reads them then, and counting every reference-count operation
     * costs about 10% of an object-heavy kernel (richards' steady state). Called by
     * {@link Main#main} only, before any of the runtime loads (the switch is a constant of
     * the runtime); tests that call {@link Main#run} in one JVM keep the default.
     */
    static void countingOffForPlainRun(String[] args) {
        int k = 0;
        while (k < args.length && args[k].startsWith("-")) {
            if (args[k].equals("--refcount") || args[k].equals("-X")) k++;
            k++;
        }
        if (k >= args.length || !args[k].equals("run")) return;
        for (String a : args) if (a.equals("--metrics") || a.startsWith("--metrics=")) return;
        if (System.getProperty(COUNTING_PROPERTY) == null) System.setProperty(COUNTING_PROPERTY, "false");
    }

    /** Runs a line of the forms above and returns its exit status; null if the line is not one of them. */
    static Integer tryRun(String[] args, PrintWriter err) {
        String refcount = null;
        boolean gil = false, checking = false;
        List<String> xOptions = new ArrayList<>();
        int k = 0;
        for (; k < args.length; k++) {
            String a = args[k];
            if (a.equals("--gil")) gil = true;
            else if (a.equals("--checking")) checking = true;
            else if (a.equals("--refcount") && k + 1 < args.length && !args[k + 1].startsWith("-")) refcount = args[++k];
            else if (a.startsWith("--refcount=")) refcount = a.substring("--refcount=".length());
            else if (a.equals("-X") && k + 1 < args.length && !args[k + 1].startsWith("-")) xOptions.add(args[++k]);
            else break;
        }
        if (k >= args.length || !args[k].equals("run")) return null;
        k++;
        String command = null;
        if (k < args.length && args[k].equals("-c")) {
            if (k + 1 >= args.length) return null;
            command = args[k + 1];
            k += 2;
        }
        // the first remaining word is the script (or -c's first argument): an option there is picocli's to judge
        if (k < args.length && args[k].startsWith("-")) return null;
        if (command == null && k >= args.length) return null;
        try {
            Main.applyRuntimeOptions(refcount, gil, xOptions, checking);
        } catch (IllegalArgumentException e) {
            return null; // picocli reports it
        }
        try {
            return RunCommand.runPlain(command, Arrays.asList(args).subList(k, args.length));
        } catch (RuntimeException | Error e) {
            err.println("skein: internal error: " + e);
            if (System.getenv("SKEIN_DEBUG") != null) e.printStackTrace(err);
            return 70; // EX_SOFTWARE, as the picocli path's handler
        }
    }
}
