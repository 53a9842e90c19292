package skein.interpreter.runtime;

import skein.gc.EvalBreaker;
import skein.gc.Gil;
import skein.gc.RuntimeConfig;
import skein.gc.StopTheWorld;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Fault injection for the stress suite ({@code skein stress}): a background thread that, at
 * random intervals of tens to hundreds of microseconds, disturbs the Python threads in ways a
 * correct runtime must shrug off. Chosen with {@code -Dskein.faults=storm,merge,stw,hot,switch}
 * and seeded with {@code -Dskein.faults.seed=N}:
 * <ul>
 *   <li>{@code storm}: raise a no-op eval-breaker bit on every thread (the slow path, constantly);</li>
 *   <li>{@code merge}: ask every thread to merge its queued refcounts now;</li>
 *   <li>{@code stw}: stop the world briefly (as the collector will);</li>
 *   <li>{@code hot}: nothing here: {@code skein stress} runs the program with
 *       {@code -Dskein.perthread.sample=1}, so that every non-owner reference to a leaf makes it
 *       a candidate for per-thread counting ({@code skein.gc.HotLeaves});</li>
 *   <li>{@code switch}: GIL mode: make the holder hand the GIL over now.</li>
 * </ul>
 */
final class FaultInjector implements Runnable {
    static final String PROPERTY = "skein.faults";

    private final boolean storm, merge, stw, gilSwitch;
    private final SplittableRandom random;
    private static volatile long injected;

    /** {@code -Dskein.stress.report=FILE}: where a run writes its counters ({@code name value} lines) at exit. */
    static final String REPORT_PROPERTY = "skein.stress.report";

    /** Writes every counter's sum over all threads, and the faults injected, if a report was asked for. */
    static void writeReportIfRequested() {
        String where = System.getProperty(REPORT_PROPERTY);
        if (where == null) return;
        StringBuilder b = new StringBuilder();
        for (skein.metrics.Counter c : skein.metrics.Counter.values()) {
            b.append(c.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(ThreadRegistry.COUNTERS.sum(c)).append('\n');
        }
        b.append("faults_injected ").append(injected).append('\n');
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(where), b.toString());
        } catch (java.io.IOException e) {
            Output.stderr().println("skein: cannot write the stress report to " + where + ": " + e.getMessage());
        }
    }

    private FaultInjector(String spec, long seed) {
        List<String> kinds = List.of(spec.split(","));
        for (String k : kinds) {
            if (!List.of("storm", "merge", "stw", "hot", "switch", "").contains(k)) {
                throw new IllegalArgumentException("unknown fault '" + k + "' (storm, merge, stw, hot, switch)");
            }
        }
        storm = kinds.contains("storm");
        merge = kinds.contains("merge");
        stw = kinds.contains("stw") && !RuntimeConfig.GIL;
        gilSwitch = kinds.contains("switch") && RuntimeConfig.GIL;
        random = new SplittableRandom(seed);
    }

    /** Starts the injector if {@code skein.faults} asks for it. */
    static void startIfRequested() {
        String spec = System.getProperty(PROPERTY);
        if (spec == null || spec.isBlank()) return;
        FaultInjector f = new FaultInjector(spec, Long.getLong(PROPERTY + ".seed", 1));
        Thread.ofPlatform().name("skein-fault-injector").daemon(true).start(f);
    }

    @Override
    public void run() {
        ThreadState self = ThreadRegistry.attach("fault-injector");
        List<Integer> kinds = new ArrayList<>();
        if (storm) kinds.add(0);
        if (merge) kinds.add(1);
        if (stw) kinds.add(2);
        if (gilSwitch) kinds.add(3);
        if (kinds.isEmpty()) return;
        for (;;) {
            LockSupport.parkNanos(20_000 + random.nextInt(200_000));
            int kind = kinds.get(random.nextInt(kinds.size()));
            switch (kind) {
                case 0 -> raiseAll(self, EvalBreaker.POKE);
                case 1 -> raiseAll(self, EvalBreaker.MERGE_REFCOUNTS);
                case 2 -> {
                    self.attach();
                    StopTheWorld.stop(self);
                    LockSupport.parkNanos(random.nextInt(50_000));
                    StopTheWorld.start(self);
                    self.detach();
                }
                default -> {
                    ThreadState h = Gil.holder();
                    if (h != null) h.evalBreaker().raise(EvalBreaker.GIL_DROP_REQUEST);
                }
            }
            injected = injected + 1; // one writer
        }
    }

    private static void raiseAll(ThreadState self, int bit) {
        for (ThreadState t : ThreadRegistry.liveThreads()) if (t != self) t.evalBreaker().raise(bit);
    }
}
