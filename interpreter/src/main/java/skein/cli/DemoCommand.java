package skein.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import skein.gc.RefcountPolicy;
import skein.gc.RuntimeConfig;
import skein.metrics.Meters;
import skein.metrics.MetricsSnapshot;
import skein.metrics.TableReport;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code skein demo}: the object model at work before the interpreter exists. */
@Command(name = "demo",
        description = {
            "Runs threads that share objects under the chosen refcount policy, checks that every",
            "object was freed exactly once, and prints the refcount counters by path.",
            "Try it with --refcount biased, atomic and plain, and watch the local/shared split."
        },
        mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    @Option(names = {"-t", "--threads"}, defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = {"-n", "--rounds"}, defaultValue = "1000000", description = "Rounds per thread (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--shared", defaultValue = "1000", description = "Objects shared by all threads (default ${DEFAULT-VALUE}).")
    int shared;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the access pattern (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-gil", description = "With --refcount plain, run WITHOUT the global lock plain counts need (shows them break).")
    boolean noGil;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || rounds < 0 || shared < 1) {
            err.println("skein demo: --threads and --shared must be at least 1, --rounds at least 0");
            return 2;
        }
        RefcountPolicy policy = RuntimeConfig.POLICY;
        boolean gil = policy == RefcountPolicy.PLAIN && !noGil;
        out.printf("skein demo: %d thread%s x %,d rounds over %,d shared objects, refcount policy %s%s%s%n",
                threads, threads == 1 ? "" : "s", rounds, shared, policy.cliName(),
                gil ? " (under a global lock: plain counts need one)" : "",
                RuntimeConfig.CHECKING ? ", checking mode" : "");
        SharingWorkload.Result r;
        try {
            r = new SharingWorkload(threads, rounds, shared, seed, gil).run();
        } catch (SharingWorkload.WorkloadFailure e) {
            err.println("skein demo: FAILED: " + e.getMessage());
            return 1;
        }
        out.printf("  elapsed %.3f s, %,.1f M refcount operations/s%n", r.seconds(), r.refcountOps() / r.seconds() / 1e6);
        out.printf("  objects allocated %,d, freed %,d, leaked %,d%n", r.allocated(), r.freed(), r.leaked());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MetricsSnapshot counts = MetricsSnapshot.take(skein.gc.ThreadRegistry.COUNTERS);
        Meters.bind(counts, registry);
        out.println();
        out.print(TableReport.render(registry));
        java.lang.ref.Reference.reachabilityFence(counts); // the meters hold it weakly
        if (r.leaked() != 0 || r.allocated() != r.freed()) {
            err.println("skein demo: FAILED: " + r.leakReport());
            return 1;
        }
        out.println();
        out.println("OK: every object was freed exactly once.");
        return 0;
    }
}
