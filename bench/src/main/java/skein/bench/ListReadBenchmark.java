package skein.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import skein.gc.RefCount;
import skein.gc.ThreadRegistry;
import skein.interpreter.objects.PyInt;
import skein.interpreter.objects.PyList;
import skein.interpreter.objects.PyObj;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Runtime;

import java.util.concurrent.TimeUnit;

/**
 * {@code list[i]} on a list another thread made, as Python threads reading a shared module-level
 * list do: the lock-free read ({@link PyList#itemOrNull}: load the storage and the slot, try-incref,
 * re-check) against the locked path it falls back to ({@link PyList#itemLocked}: the list's
 * critical section around a plain read and an incref). One op = one read and the decref of the
 * item; the items (ints outside the small-int cache, so really counted) are owned by a boot
 * thread, so every reader is a non-owner and counts on the shared count, as in the interpreter.
 *
 * <p>On one thread the difference is the mutex's compare-and-set and release; on two threads
 * ({@code *2}, both reading the same list) the locked path also fights for the list's mutex,
 * which is what the lock-free read exists to avoid. Both threads also write the items' shared
 * counts, the cost the two paths share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ListReadBenchmark {
    static final int SIZE = 64;
    /** Eval-breaker poll period, in reads (a power of two), as in {@link SharedObjectBenchmark}. */
    static final int SERVICE_EVERY = 1024;

    PyThreadState boot;
    PyList list;

    @Setup(Level.Trial)
    public void makeList() {
        boot = PyThreadState.create("bench-boot");
        Runtime.init(boot);
        list = new PyList(boot);
        for (int i = 0; i < SIZE; i++) {
            PyObj v = PyInt.of(boot, 1_000_003L + 7919L * i);
            list.append(boot, v);
            RefCount.decref(v, boot); // the list holds the only reference
        }
    }

    /** One JMH thread's Python thread state and position in the list. */
    @State(Scope.Thread)
    public static class Reader {
        PyThreadState ts;
        int i;
        int reads;

        @Setup(Level.Trial)
        public void attach() {
            ts = PyThreadState.attach("bench-" + Thread.currentThread().getName());
        }

        @TearDown(Level.Trial)
        public void detach() {
            ts.serviceEvalBreaker();
            ThreadRegistry.exit(ts);
        }

        int next() {
            if ((++reads & (SERVICE_EVERY - 1)) == 0) ts.serviceEvalBreaker();
            return i = (i + 1) & (SIZE - 1);
        }
    }

    @Benchmark
    public PyObj lockFree(Reader r) {
        return readLockFree(r);
    }

    @Benchmark
    public PyObj locked(Reader r) {
        return readLocked(r);
    }

    @Benchmark
    @Threads(2)
    public PyObj lockFree2(Reader r) {
        return readLockFree(r);
    }

    @Benchmark
    @Threads(2)
    public PyObj locked2(Reader r) {
        return readLocked(r);
    }

    private PyObj readLockFree(Reader r) {
        PyObj v = list.itemOrNull(r.ts, r.next());
        RefCount.decref(v, r.ts);
        return v;
    }

    private PyObj readLocked(Reader r) {
        PyObj v = list.itemLocked(r.ts, r.next());
        RefCount.decref(v, r.ts);
        return v;
    }
}
