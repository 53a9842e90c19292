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
import skein.gc.CriticalSection;
import skein.gc.PyMutex;
import skein.gc.PyObject;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The contended counterpart of {@link MutexBenchmark}: two threads lock and unlock ONE lock
 * around a shared increment, as two Python threads appending to one list do. One op = one
 * lock + unlock on one thread (JMH reports the average over both). {@link PyMutex} spins, then
 * parks, and hands the lock over to a waiter parked for over a millisecond; {@code synchronized}
 * and {@link ReentrantLock} (non-fair) are the JDK's answers to the same problem.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(2)
public class MutexContendedBenchmark {
    PyObject o;
    final Object monitor = new Object();
    final ReentrantLock lock = new ReentrantLock();
    long guarded;

    @Setup(Level.Trial)
    public void setUp() {
        o = new HeaderOnly(); // immortal: no refcount traffic, no leak tally
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (PyMutex.isLocked(o)) throw new IllegalStateException("the mutex was left locked");
    }

    /** One JMH thread's runtime identity. */
    @State(Scope.Thread)
    public static class Attached {
        ThreadState ts;

        @Setup(Level.Trial)
        public void attach() {
            ts = ThreadRegistry.attach("bench-" + Thread.currentThread().getName());
        }

        @TearDown(Level.Trial)
        public void detach() {
            ThreadRegistry.exit(ts);
        }
    }

    @Benchmark
    public void pyMutex(Attached me) {
        PyMutex.lock(o, me.ts);
        guarded++;
        PyMutex.unlock(o);
    }

    @Benchmark
    public void criticalSection(Attached me) {
        CriticalSection.begin(me.ts, o);
        guarded++;
        CriticalSection.end(me.ts);
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
}
