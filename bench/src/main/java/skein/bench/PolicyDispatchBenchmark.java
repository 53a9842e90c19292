package skein.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import skein.gc.BiasedRefCount;
import skein.gc.PyObject;
import skein.gc.RefCount;
import skein.gc.RefcountPolicy;
import skein.gc.RuntimeConfig;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;

import java.util.concurrent.TimeUnit;

/**
 * Benchmark 2: the policy dispatch costs nothing. Under the biased policy, an owner's
 * incref+decref pair through {@link RefCount} (which tests the {@code static final} policy)
 * against the same pair calling {@link BiasedRefCount} directly, in the same fork. HotSpot
 * folds the test, so the two must agree within error.
 *
 * <p>Same setup as {@link RefcountPairBenchmark} (object reached through two fields so the
 * JIT cannot fold the pair; counters on by default).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(jvmArgsAppend = "-Dskein.refcount=biased")
public class PolicyDispatchBenchmark {
    ThreadState ts;
    PyObject forIncref;
    PyObject forDecref;

    @Setup(Level.Trial)
    public void setUp() {
        RuntimeConfig.requirePolicy(RefcountPolicy.BIASED);
        ts = ThreadRegistry.attach("bench-" + Thread.currentThread().getName());
        HeaderOnly o = new HeaderOnly(ts);
        forIncref = o;
        forDecref = o;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        RefcountPairBenchmark.release(forIncref, ts);
        ThreadRegistry.exit(ts);
    }

    /** Through the policy dispatch, as the interpreter calls it. */
    @Benchmark
    public void dispatch() {
        RefCount.incref(forIncref, ts);
        RefCount.decref(forDecref, ts);
    }

    /** Straight to the biased implementation. */
    @Benchmark
    public void direct() {
        BiasedRefCount.incref(forIncref, ts);
        BiasedRefCount.decref(forDecref, ts);
    }
}
