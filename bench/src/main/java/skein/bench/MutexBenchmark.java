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
import skein.gc.BiasedSections;
import skein.gc.CriticalSection;
import skein.gc.PyMutex;
import skein.gc.PyObject;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Uncontended lock + unlock on one thread, one op = one pair around a plain increment of a
 * field of the state (so the lock cannot be elided as protecting nothing):
 * {@link PyMutex} over the header byte, {@code synchronized} on a plain object,
 * {@link ReentrantLock}, and a {@link CriticalSection} on one object and on two; and
 * {@code biasedSection}, the attribute store's section on an instance dict its thread made
 * ({@link BiasedSections}: the owner's check, no lock, under the {@code biased} policy; the
 * ordinary section otherwise).
 *
 * <p>{@code pyMutex} counts into the thread's counters like the interpreter will
 * ({@code skein.metrics.counting}, on by default); {@code pyMutexNoCount} passes no thread state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MutexBenchmark {
    ThreadState ts;
    PyObject o;
    PyObject o2;
    BiasedHeader biased;
    final Object monitor = new Object();
    final ReentrantLock lock = new ReentrantLock();
    long guarded;

    @Setup(Level.Trial)
    public void setUp() {
        ts = ThreadRegistry.attach("bench-" + Thread.currentThread().getName());
        o = new HeaderOnly(); // immortal: no refcount traffic, no leak tally
        o2 = new HeaderOnly();
        biased = new BiasedHeader(ts);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (PyMutex.isLocked(o) || PyMutex.isLocked(o2)) throw new IllegalStateException("a mutex was left locked");
        ThreadRegistry.exit(ts);
    }

    @Benchmark
    public void pyMutex() {
        PyMutex.lock(o, ts);
        guarded++;
        PyMutex.unlock(o);
    }

    @Benchmark
    public void pyMutexNoCount() {
        PyMutex.lock(o);
        guarded++;
        PyMutex.unlock(o);
    }

    @Benchmark
    public void synchronizedBlock() {
        synchronized (monitor) {
            guarded++;
        }
    }

    @Benchmark
    public void reentrantLock() {
        lock.lock();
        try {
            guarded++;
        } finally {
            lock.unlock();
        }
    }

    @Benchmark
    public void criticalSection() {
        CriticalSection.begin(ts, o);
        guarded++;
        CriticalSection.end(ts);
    }

    @Benchmark
    public void biasedSection() {
        BiasedHeader b = biased;
        if (BiasedSections.canElide(b, b.group, ts)) {
            BiasedSections.countElided(ts);
            guarded++;
        } else {
            CriticalSection.begin(ts, b);
            guarded++;
            CriticalSection.end(ts);
        }
    }

    @Benchmark
    public void criticalSection2() {
        CriticalSection.begin2(ts, o, o2);
        guarded++;
        CriticalSection.end2(ts);
    }
}
