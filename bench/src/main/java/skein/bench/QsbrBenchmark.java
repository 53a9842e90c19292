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
import skein.gc.Freelists;
import skein.gc.PyObject;
import skein.gc.Qsbr;
import skein.gc.RefCount;
import skein.gc.RuntimeConfig;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;

import java.util.concurrent.TimeUnit;

/**
 * QSBR on one thread (the only one attached):
 * <ul>
 *   <li>{@code quiescent}: the report the interpreter makes at eval-breaker checks, when the write
 *       sequence has not moved (an acquire load, a plain load, no store);</li>
 *   <li>{@code advance}: taking a goal (a lock-prefixed add on the shared write sequence);</li>
 *   <li>{@code advanceQuiescent}: a goal then a report that must store (the read sequence moved);</li>
 *   <li>{@code freeTake}: one object freed to the thread's freelist and taken back, as a
 *       {@code float} result replacing another would: decref to zero, dealloc, put, take,
 *       re-initialised header. In {@link FreeThreaded} the object waits in the pending list and the
 *       take seals it with a goal, scans and reuses it (no other thread attached: reached at
 *       once); in {@link ImmediateReuse} ({@code -Dskein.gil=true}, the path where nothing waits)
 *       it goes straight to the reusable stack. The difference is what QSBR costs the
 *       single-threaded allocation path.</li>
 * </ul>
 * Both forks use the biased policy and the per-thread counters, as the interpreter does by default.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class QsbrBenchmark {
    /** A freelist kind of its own, so the run sees only its own objects. */
    static final class Item extends PyObject {
        static final int KIND = Freelists.register("bench.qsbr", 16);

        Item(ThreadState ts) {
            super(ts);
        }

        @Override
        protected int freelistKind() {
            return KIND;
        }
    }

    ThreadState ts;
    PyObject item;
    long allocated;

    abstract boolean gil();

    @Setup(Level.Trial)
    public void setUp() {
        if (RuntimeConfig.GIL != gil()) throw new IllegalStateException("this fork should run with -Dskein.gil=" + gil());
        ts = ThreadRegistry.attach("bench-" + Thread.currentThread().getName());
        item = new Item(ts);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        RefCount.decref(item, ts);
        // A free-take cycle that never reused would measure allocation, not the freelist.
        if (allocated > 0) throw new IllegalStateException(allocated + " takes found nothing reusable");
        ThreadRegistry.exit(ts);
    }

    @Benchmark
    public void quiescent() {
        Qsbr.quiescent(ts);
    }

    @Benchmark
    public long advance() {
        return Qsbr.advance();
    }

    @Benchmark
    public void advanceQuiescent() {
        Qsbr.advance();
        Qsbr.quiescent(ts);
    }

    @Benchmark
    public PyObject freeTake() {
        RefCount.decref(item, ts);
        PyObject o = ts.freelists().take(Item.KIND, ts);
        if (o == null) {
            allocated++;
            o = new Item(ts);
        }
        return item = o;
    }

    /** Free threading: reuse waits for QSBR (pending list, goal per batch, scan). */
    @Fork(jvmArgsAppend = "-Dskein.refcount=biased")
    public static class FreeThreaded extends QsbrBenchmark {
        @Override
        boolean gil() {
            return false;
        }
    }

    /** The GIL build's freelist: a freed object is reusable at once (no lock-free readers to wait for). */
    @Fork(jvmArgsAppend = {"-Dskein.refcount=biased", "-Dskein.gil=true"})
    public static class ImmediateReuse extends QsbrBenchmark {
        @Override
        boolean gil() {
            return true;
        }
    }
}
