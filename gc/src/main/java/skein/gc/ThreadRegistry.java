package skein.gc;

import skein.metrics.CounterRegistry;
import skein.metrics.ThreadCounters;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's threads: ids, attachment, look-up by id for the merge-queue path, and exit.
 * One runtime per process, so this is static state, as CPython's {@code _PyRuntime} is.
 */
public final class ThreadRegistry {
    private static final AtomicInteger NEXT_ID = new AtomicInteger(1);
    private static final ConcurrentHashMap<Integer, ThreadState> BY_ID = new ConcurrentHashMap<>();
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    /** Every thread's counters, live and exited. */
    public static final CounterRegistry COUNTERS = new CounterRegistry();

    private ThreadRegistry() {}

    /** Makes the thread state of a new thread: the interpreter's subclass, or the bare one. */
    @FunctionalInterface
    public interface Factory<T extends ThreadState> {
        T create(int id, String name, ThreadCounters counters);
    }

    /** Attaches the calling Java thread to the runtime. */
    public static ThreadState attach(String name) {
        return attach(name, ThreadState::new);
    }

    /** Attaches the calling Java thread with a thread state made by {@code factory}. */
    public static <T extends ThreadState> T attach(String name, Factory<T> factory) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("thread " + Thread.currentThread().getName() + " is already attached");
        }
        T ts = create(name, factory);
        Qsbr.attach(ts); // a running thread may read lock-free: online until it blocks or exits
        CURRENT.set(ts);
        return ts;
    }

    /** Binds a state made by {@link #create} to the calling Java thread (which has none). */
    public static void bind(ThreadState ts) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("thread " + Thread.currentThread().getName() + " is already attached");
        }
        CURRENT.set(ts);
    }

    /** The calling thread's state if it attached, else null. */
    public static ThreadState current() {
        return CURRENT.get();
    }

    /** The calling thread's state, attaching it first if needed. */
    public static ThreadState currentOrAttach() {
        ThreadState ts = CURRENT.get();
        return ts != null ? ts : attach(Thread.currentThread().getName());
    }

    /** Detaches the calling thread: its state exits ({@link ThreadState#exit}). */
    public static void detach() {
        ThreadState ts = CURRENT.get();
        if (ts == null) return;
        exit(ts);
    }

    /**
     * A thread state not bound to the calling Java thread: for harnesses that hand it to the
     * one actor thread that will use it. Ids are never reused.
     */
    public static ThreadState create(String name) {
        return create(name, ThreadState::new);
    }

    /** {@link #create(String)} with a thread state made by {@code factory}. */
    public static <T extends ThreadState> T create(String name, Factory<T> factory) {
        int id = NEXT_ID.getAndIncrement();
        if (id <= 0) throw new IllegalStateException("thread ids exhausted: ids are never reused");
        T ts = factory.create(id, name, COUNTERS.newThread(name, id));
        synchronized (StopTheWorld.REGISTRATION) {
            ts.initStatus(StopTheWorld.initialStatus());
            BY_ID.put(id, ts);
        }
        Qsbr.register(ts); // detached until the thread that runs it attaches
        return ts;
    }

    /** Ends {@code ts}'s life in the runtime; call from the thread that used it, last. */
    public static void exit(ThreadState ts) {
        try {
            ts.exit();
        } finally {
            // Also when the exit failed (an internal error while freeing a queued object): a
            // state left attached would hold up every later stop-the-world, and one left
            // registered every reuse QSBR guards, for as long as the program runs (a hang).
            ts.abandonAfterFailedExit();
            Collector.adoptExiting(ts); // before the state leaves the registry: a collection sees its objects either way
            Qsbr.unregister(ts); // offline first, so the exit never holds up another thread's poll
            ts.freelists.release(); // objects still pending go to the JVM's collector (see Freelists)
            BY_ID.remove(ts.id);
            COUNTERS.retire(ts.counters);
            if (CURRENT.get() == ts) CURRENT.remove();
        }
    }

    static ThreadState byId(int id) {
        return BY_ID.get(id);
    }

    /** A weakly consistent view of the registered states, for scans that must not allocate. */
    static Collection<ThreadState> registered() {
        return BY_ID.values();
    }

    public static Collection<ThreadState> liveThreads() {
        return List.copyOf(BY_ID.values());
    }

    /** QSBR's backlog now: freed objects waiting in every live thread's freelists for other threads' quiescence. */
    public static long qsbrBacklog() {
        long n = 0;
        for (ThreadState t : registered()) n += t.freelists.pendingTotal();
        return n;
    }

    /** The objects allocated and not freed, by type; immortal and deferred objects excluded. */
    public static LeakReport leakReport() {
        return LeakReport.from(COUNTERS.typeTallies());
    }
}
