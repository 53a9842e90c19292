package skein.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
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

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark 3: one object used by two threads at once. The thread running {@link #owner}
 * creates the object (so owns it) and counts pairs on it; the thread running
 * {@link #nonOwner} counts pairs on the same object at the same time. JMH reports each
 * method's score; one op is one incref+decref pair.
 *
 * <p>Under {@code biased} the owner's pair stays plain on {@code localRef} while the
 * non-owner's is atomic on {@code sharedRef}; but both fields sit in one cache line, so the
 * owner still pays for the line moving between the cores. Under {@code atomic} both threads
 * do lock-prefixed adds on the same word.
 *
 * <h2>Protocol hygiene</h2>
 * <ul>
 *   <li>Each JMH thread attaches itself ({@link ThreadRegistry#attach}) in its own trial
 *       set-up; an iteration set-up checks that JMH kept the state on the same thread.</li>
 *   <li>The owner creates the object lazily on its first call and publishes it through a
 *       volatile field; until then the non-owner's calls do nothing (a few microseconds of
 *       the first warm-up iteration).</li>
 *   <li>The non-owner takes a reference of its own when it first sees the object and drops
 *       it at its tear-down, as a Python thread holding the object would: the object stays
 *       alive while either thread uses it, whichever tears down first. Because of that
 *       reference the non-owner's decrefs never find the shared count at zero, so in the
 *       steady state nothing is queued to the owner; both threads still poll their eval
 *       breaker every {@value #SERVICE_EVERY} pairs ({@link ThreadState#serviceEvalBreaker}),
 *       as the interpreter does, so anything queued would be merged and no queue grows.</li>
 *   <li>After both threads released their references the object must be freed: the thread
 *       that releases last checks it.</li>
 * </ul>
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class SharedObjectBenchmark {
    /** Eval-breaker poll period, in pairs (a power of two). */
    public static final int SERVICE_EVERY = 1024;

    /** The shared object, published by the owner thread. */
    volatile PyObject published;
    /** Threads holding a reference to {@link #published}, and those that released it at tear-down. */
    final AtomicInteger holders = new AtomicInteger(), released = new AtomicInteger();

    abstract RefcountPolicy policy();

    @Setup(Level.Trial)
    public void checkPolicy() {
        RuntimeConfig.requirePolicy(policy());
    }

    /** One JMH thread's runtime identity and its handles on the shared object. */
    @State(Scope.Thread)
    public static class Attached {
        ThreadState ts;
        Thread thread;
        /** The shared object, twice, so the JIT cannot fold a pair (see {@link RefcountPairBenchmark}). */
        PyObject forIncref;
        PyObject forDecref;
        /** The group whose object this thread holds, once it holds one. */
        SharedObjectBenchmark group;
        int pairs;

        @Setup(Level.Trial)
        public void attach() {
            thread = Thread.currentThread();
            ts = ThreadRegistry.attach("bench-" + thread.getName());
        }

        @Setup(Level.Iteration)
        public void checkThread() {
            if (Thread.currentThread() != thread || ThreadRegistry.current() != ts) {
                throw new IllegalStateException("JMH moved a thread state to another thread");
            }
        }

        @TearDown(Level.Trial)
        public void detach() {
            // JMH has stopped both threads (a barrier) before either tears down.
            // The owner drops the creation reference, the non-owner the one it took.
            if (group != null) {
                PyObject o = forIncref;
                RefCount.decref(o, ts);
                if (group.released.incrementAndGet() == group.holders.get() && !o.isFreed()) {
                    throw new IllegalStateException("shared object still alive after both threads released it: count "
                            + o.refcountSnapshot());
                }
            }
            ts.serviceEvalBreaker();
            ThreadRegistry.exit(ts);
        }

        void poll() {
            if ((++pairs & (SERVICE_EVERY - 1)) == 0) ts.serviceEvalBreaker();
        }
    }

    @Benchmark
    @Group("shared")
    @GroupThreads(1)
    public void owner(Attached me) {
        if (me.forIncref == null) create(me);
        RefCount.incref(me.forIncref, me.ts);
        RefCount.decref(me.forDecref, me.ts);
        me.poll();
    }

    @Benchmark
    @Group("shared")
    @GroupThreads(1)
    public void nonOwner(Attached me) {
        if (me.forIncref == null && !adopt(me)) return;
        RefCount.incref(me.forIncref, me.ts);
        RefCount.decref(me.forDecref, me.ts);
        me.poll();
    }

    private void create(Attached me) {
        HeaderOnly o = new HeaderOnly(me.ts); // one reference, owned by this thread
        me.forIncref = o;
        me.forDecref = o;
        me.group = this;
        holders.incrementAndGet();
        published = o;
    }

    private boolean adopt(Attached me) {
        PyObject o = published;
        if (o == null) return false;
        RefCount.incref(o, me.ts); // this thread's own reference, dropped at tear-down
        me.forIncref = o;
        me.forDecref = o;
        me.group = this;
        holders.incrementAndGet();
        return true;
    }

    /** Owner local and plain, non-owner atomic on the shared count. */
    @Fork(jvmArgsAppend = "-Dskein.refcount=biased")
    public static class Biased extends SharedObjectBenchmark {
        @Override
        RefcountPolicy policy() {
            return RefcountPolicy.BIASED;
        }
    }

    /** Both threads atomic on the one count. */
    @Fork(jvmArgsAppend = "-Dskein.refcount=atomic")
    public static class Atomic extends SharedObjectBenchmark {
        @Override
        RefcountPolicy policy() {
            return RefcountPolicy.ATOMIC;
        }
    }
}
