package skein.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import skein.gc.PyObject;
import skein.gc.RefCount;
import skein.gc.RefcountPolicy;
import skein.gc.RuntimeConfig;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;
import skein.metrics.ThreadCounters;

import java.util.concurrent.TimeUnit;

/**
 * Benchmark 1: one {@code incref} + {@code decref} pair, on one thread, on an object that
 * thread owns, under each refcount policy. One op is one pair.
 *
 * <p>The policy is process-wide and fixed at class initialisation (an object's header is
 * initialised for it), so each policy is a nested class whose fork gets its own
 * {@code -Dskein.refcount=...}; the benchmark code is the same, inherited from this class.
 *
 * <h2>Keeping the JIT honest</h2>
 * The object lives in this {@code @State}, so the counts written to its header are visible
 * side effects and cannot be deleted. It is reached through two fields, {@link #forIncref}
 * and {@link #forDecref}, that hold the same object: if C2 saw one reference it could
 * forward the incref's store of {@code localRef} to the decref's load and drop the first
 * store as dead, folding a plain pair to almost nothing, which would flatter the non-atomic
 * policies (the interpreter always has other work between the two). Through two fields it
 * cannot prove the headers are the same, so both loads and both stores stay (on this machine
 * the one-field biased pair measured about 2.1 ns against 3.7 ns). No Blackhole is needed:
 * nothing is computed that is not stored to the heap. {@link RawPairBaseline} gives the
 * hardware floor of the same pair without Skein code.
 *
 * <h2>Per-thread counters</h2>
 * {@code Biased}, {@code Atomic}, {@code Plain} run with the counters on, the default
 * ({@code skein.metrics.counting}): each pair also does two plain counter increments, as the
 * interpreter pays them. The {@code ...NoCounters} classes run the same pair with
 * {@code -Dskein.metrics.counting=false}. The counters cost the atomic policy far more than the
 * plain ones (likely because a lock-prefixed add waits for the store buffer, which holds the
 * counter store just made, to drain), so the atomic/biased ratio depends on them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class RefcountPairBenchmark {
    static final int BATCH = 16;

    ThreadState ts;
    PyObject forIncref;
    PyObject forDecref;
    /** {@link #BATCH} distinct objects, reached through two arrays for the same reason as above. */
    PyObject[] batchIncref;
    PyObject[] batchDecref;

    /** The policy this class measures; the fork must have been started with it. */
    abstract RefcountPolicy policy();

    /** True for the classes that must run with the per-thread counters off. */
    boolean countersOff() {
        return false;
    }

    @Setup(Level.Trial)
    public void setUp() {
        RuntimeConfig.requirePolicy(policy());
        if (countersOff() && ThreadCounters.ENABLED) {
            throw new IllegalStateException("this fork should run with -Dskein.metrics.counting=false");
        }
        ts = ThreadRegistry.attach("bench-" + Thread.currentThread().getName());
        HeaderOnly o = new HeaderOnly(ts);
        forIncref = o;
        forDecref = o;
        batchIncref = new PyObject[BATCH];
        for (int i = 0; i < BATCH; i++) batchIncref[i] = new HeaderOnly(ts);
        batchDecref = batchIncref.clone();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        release(forIncref, ts);
        for (PyObject o : batchIncref) release(o, ts);
        ThreadRegistry.exit(ts);
    }

    /**
     * Drops the creation reference of an object that only balanced pairs touched, and checks
     * that it was freed then: a sanity check that every pair really was counted and undone.
     */
    static void release(PyObject o, ThreadState ts) {
        long count = o.refcountSnapshot();
        if (count != 1) throw new IllegalStateException("unbalanced pairs: count " + count + " after the run, expected 1");
        RefCount.decref(o, ts);
        if (!o.isFreed()) throw new IllegalStateException("object not freed by its last decref");
    }

    @Benchmark
    public void pair() {
        RefCount.incref(forIncref, ts);
        RefCount.decref(forDecref, ts);
    }

    /**
     * {@link #BATCH} pairs per call, on distinct objects: the per-call harness overhead (about
     * as large as a plain pair here) is amortised, so this shows the primitive's own cost.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void pairBatch() {
        PyObject[] inc = batchIncref, dec = batchDecref;
        ThreadState t = ts;
        for (int i = 0; i < BATCH; i++) {
            RefCount.incref(inc[i], t);
            RefCount.decref(dec[i], t);
        }
    }

    /** Biased reference counting: the owner's pair is two plain updates of {@code localRef}. */
    @Fork(jvmArgsAppend = "-Dskein.refcount=biased")
    public static class Biased extends RefcountPairBenchmark {
        @Override
        RefcountPolicy policy() {
            return RefcountPolicy.BIASED;
        }
    }

    /** The naive free-threaded design: every operation one lock-prefixed add on {@code sharedRef}. */
    @Fork(jvmArgsAppend = "-Dskein.refcount=atomic")
    public static class Atomic extends RefcountPairBenchmark {
        @Override
        RefcountPolicy policy() {
            return RefcountPolicy.ATOMIC;
        }
    }

    /** Non-atomic counting (valid only under a GIL): the floor. */
    @Fork(jvmArgsAppend = "-Dskein.refcount=plain")
    public static class Plain extends RefcountPairBenchmark {
        @Override
        RefcountPolicy policy() {
            return RefcountPolicy.PLAIN;
        }
    }

    @Fork(jvmArgsAppend = {"-Dskein.refcount=biased", "-Dskein.metrics.counting=false"})
    public static class BiasedNoCounters extends Biased {
        @Override
        boolean countersOff() {
            return true;
        }
    }

    @Fork(jvmArgsAppend = {"-Dskein.refcount=atomic", "-Dskein.metrics.counting=false"})
    public static class AtomicNoCounters extends Atomic {
        @Override
        boolean countersOff() {
            return true;
        }
    }

    @Fork(jvmArgsAppend = {"-Dskein.refcount=plain", "-Dskein.metrics.counting=false"})
    public static class PlainNoCounters extends Plain {
        @Override
        boolean countersOff() {
            return true;
        }
    }
}
