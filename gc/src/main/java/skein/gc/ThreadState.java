package skein.gc;

import org.jctools.queues.atomic.MpscUnboundedAtomicArrayQueue;
import skein.metrics.ThreadCounters;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One thread's runtime state: its id (the owner id in the headers of the objects it
 * makes), its biased-refcount merge queue, eval breaker, counters, deallocation stack and
 * freelists. Later issues add the frame stack, QSBR state and critical-section stack.
 *
 * <p>All fields but the merge queue, the eval breaker and the lifecycle word belong to the
 * one thread that uses this state: a Python thread, or a Java thread that attached with
 * {@link ThreadRegistry#attach}, or (in jcstress harnesses) the actor a test gave it to.
 */
public class ThreadState {
    private static final int ALIVE = 0, EXITED = 1;

    /** Not running Python code: blocked, or not started. See {@link StopTheWorld}. */
    public static final int DETACHED = 0;
    /** Running Python code (and, under the GIL, holding it). */
    public static final int ATTACHED = 1;
    /** Parked by a stop-the-world pause; becomes DETACHED when the world restarts. */
    public static final int SUSPENDED = 2;

    private static final VarHandle STATUS;

    static {
        try {
            STATUS = MethodHandles.lookup().findVarHandle(ThreadState.class, "status", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Never reused, never 0 (0 means "no owner" in a header). */
    public final int id;
    public final String name;
    /** Plain counters written only by this thread. */
    public final ThreadCounters counters;

    /** Objects other threads queued for this owner to merge. Multi-producer, single consumer. */
    final MpscUnboundedAtomicArrayQueue<PyObject> mergeQueue = new MpscUnboundedAtomicArrayQueue<>(64);
    private volatile EvalBreaker evalBreaker = new EvalBreakerWord();
    private volatile int lifecycle = ALIVE;
    /** DETACHED, ATTACHED or SUSPENDED; written by this thread and by stop-the-world requesters (CAS). */
    private volatile int status;
    /** The Java thread that attached this state last (for unparking it); null before. */
    volatile Thread javaThread;
    /** Serialises consumers of {@link #mergeQueue} once the owner has exited. */
    private final AtomicInteger drainLock = new AtomicInteger();

    private PyObject[] deallocStack = new PyObject[16];
    private int deallocTop;
    private boolean deallocating;

    final Freelists freelists = new Freelists();

    /** This thread's tracked container objects, candidates of the cycle collector ({@link Collector}). */
    final TrackedObjects tracked = new TrackedObjects();
    /** Tracked objects made since this thread last flushed its count to {@link Collector}. */
    int gcPendingAllocations;
    /**
     * The tally ids of the classes this thread allocates ({@link PyObject}'s constructor), a
     * direct-mapped cache indexed by the class's identity hash in front of the {@code ClassValue}:
     * a loop allocates several kinds in turn (a generator, its tuples, sets and ints), and the
     * {@code ClassValue} look-up on every miss of the two-entry cache this replaces was 4-5% of
     * such a loop (nqueens).
     */
    static final int TALLY_CACHE_SIZE = 32;
    final Class<?>[] tallyClasses = new Class<?>[TALLY_CACHE_SIZE];
    final int[] tallyIds = new int[TALLY_CACHE_SIZE];

    /**
     * Tracks a new container object made by this thread (CPython's {@code _PyObject_GC_TRACK}
     * at allocation): the cycle collector will consider it. Only objects that can be part of
     * a reference cycle and that override {@link PyObject#traverse} should be tracked. May
     * schedule an automatic collection ({@link Collector#noteAllocations}).
     */
    public void track(PyObject o) {
        o.spGcBits((byte) (o.lpGcBits() | PyObject.GC_TRACKED));
        tracked.add(o);
        if (++gcPendingAllocations >= Collector.FLUSH_EVERY) Collector.noteAllocations(this);
    }

    /**
     * Runs an automatic collection that {@link EvalBreaker#GC_SCHEDULED} asked for, at this
     * thread's safe point. The interpreter overrides it to run {@code gc.callbacks} around it.
     */
    protected void runScheduledCollection() {
        Collector.collect(this, Collector.Reason.AUTOMATIC);
    }

    /** This thread's counts of references to the objects of {@link PerThreadRefs}, by index. */
    long[] perThreadRefs = new long[0];

    /** Non-owner increments of leaves left until this thread samples one ({@link HotLeaves}). */
    int hotSampleCountdown = HotLeaves.SAMPLE_PERIOD;
    /** Objects sampled since the last registration pause, each holding one reference. */
    final PyObject[] hotCandidates = new PyObject[HotLeaves.BATCH];
    int hotCandidateCount;

    long[] growPerThreadRefs(int index) {
        perThreadRefs = Arrays.copyOf(perThreadRefs, Math.max(index + 1, Math.max(8, perThreadRefs.length * 2)));
        return perThreadRefs;
    }

    /** This thread's QSBR read sequence ({@link Qsbr}); registered by {@link ThreadRegistry#create}. */
    final Qsbr.State qsbr = new Qsbr.State(this);

    /** This thread's critical sections, innermost on top (see {@link CriticalSection}). */
    final CriticalSection.Stack criticalSections = new CriticalSection.Stack();

    /** Made only by {@link ThreadRegistry}; the interpreter subclasses it with its own per-thread state. */
    protected ThreadState(int id, String name, ThreadCounters counters) {
        this.id = id;
        this.name = name;
        this.counters = counters;
    }

    // ---- attachment (see StopTheWorld and Gil) ----

    public final int lvStatus() {
        return status;
    }

    final boolean casStatus(int expect, int update) {
        return STATUS.compareAndSet(this, expect, update);
    }

    public final boolean isAttached() {
        return status == ATTACHED;
    }

    /**
     * Makes the calling thread, which owns this state, attached: it may run Python code. Waits
     * while the world is stopped; under the GIL, takes the GIL first. Resumes the critical
     * section whose code is about to continue, if {@link #detach} suspended it.
     */
    public final void attach() {
        attachKeepingSections();
        CriticalSection.resume(this);
    }

    /** {@link #attach} without resuming a suspended critical section (a contended lock re-decides). */
    final void attachKeepingSections() {
        if (javaThread != Thread.currentThread()) javaThread = Thread.currentThread();
        if (RuntimeConfig.GIL) Gil.take(this);
        for (;;) {
            if (casStatus(DETACHED, ATTACHED)) break;
            int s = status;
            if (s == ATTACHED) throw new IllegalStateException("thread state '" + name + "' attached twice");
            StopTheWorld.awaitRestart(this);
        }
        Qsbr.attach(this);
    }

    /**
     * Makes the calling thread detached, before it blocks (a lock wait, a join, a sleep, I/O):
     * suspends its critical sections, lets a pending stop-the-world count it as stopped, and
     * under the GIL releases the GIL. Call {@link #attach} when it runs Python code again.
     */
    public final void detach() {
        detachAs(DETACHED);
    }

    final void detachAs(int newStatus) {
        CriticalSection.suspendAll(this);
        Qsbr.detach(this); // a blocked thread holds no lock-free pointer: it must not hold up reuse
        if (!casStatus(ATTACHED, newStatus)) {
            throw new IllegalStateException("thread state '" + name + "' detached while " + statusName(status));
        }
        if (ThreadCounters.ENABLED) counters.detaches++;
        if (StopTheWorld.isRequested()) StopTheWorld.wakeRequester();
        if (RuntimeConfig.GIL) Gil.drop(this);
    }

    /** Starts as DETACHED, or SUSPENDED if a pause is pending; see {@link ThreadRegistry#create}. */
    final void initStatus(int s) {
        status = s;
    }

    static String statusName(int s) {
        return switch (s) {
            case DETACHED -> "detached";
            case ATTACHED -> "attached";
            case SUSPENDED -> "suspended";
            default -> "status " + s;
        };
    }

    /** The eval breaker other threads raise; the interpreter installs its own before running. */
    public EvalBreaker evalBreaker() {
        return evalBreaker;
    }

    public void setEvalBreaker(EvalBreaker breaker) {
        this.evalBreaker = breaker;
    }

    public boolean hasExited() {
        return lifecycle == EXITED;
    }

    /**
     * Does what the eval breaker's bits ask, at a safe point of the owning thread: merge queued
     * objects, suspend for a stop-the-world pause, hand the GIL to a waiting thread.
     */
    public void serviceEvalBreaker() {
        if (!(evalBreaker instanceof EvalBreakerWord w)) return;
        int bits = w.take(EvalBreaker.MERGE_REFCOUNTS | EvalBreaker.STOP_THE_WORLD | EvalBreaker.GIL_DROP_REQUEST
                | EvalBreaker.POKE | EvalBreaker.QSBR_POLL | EvalBreaker.GC_SCHEDULED | EvalBreaker.PER_THREAD_REFS);
        if ((bits & EvalBreaker.MERGE_REFCOUNTS) != 0) mergeQueuedObjects();
        // A breaker check is a quiescent point: no lock-free pointer is held across it.
        Qsbr.quiescent(this);
        if ((bits & EvalBreaker.STOP_THE_WORLD) != 0) StopTheWorld.suspendHere(this);
        if ((bits & EvalBreaker.GIL_DROP_REQUEST) != 0) Gil.yieldToWaiter(this);
        if ((bits & EvalBreaker.GC_SCHEDULED) != 0) runScheduledCollection();
        if ((bits & EvalBreaker.PER_THREAD_REFS) != 0) HotLeaves.registerCandidates(this);
    }

    /**
     * The owner's explicit merge: for each object other threads queued, fold the local count
     * into the shared one (dropping the reference the queue held) and free it if that was the
     * last. Only this state's own thread may call it, while alive.
     */
    public void mergeQueuedObjects() {
        if (RuntimeConfig.CHECKING) checkUsable("merge", null);
        PyObject o;
        while ((o = mergeQueue.poll()) != null) MergeQueues.mergeOne(o, this);
    }

    /** The freelist of {@code kind} ({@link Freelists#register}); take and return objects through it. */
    public Freelists freelists() {
        return freelists;
    }

    /**
     * Ends this thread's life in the runtime. Its queue is merged while it is still the
     * owner; then it is marked exited, and from then on other threads merge its objects
     * themselves (see {@link MergeQueues}). Objects it still owns keep its id, which is never
     * reused, so nobody mistakes itself for their owner.
     */
    void exit() {
        if (RuntimeConfig.CHECKING) checkUsable("exit", null);
        // Merging may free objects, and freeing runs finalizers and weakref callbacks: work
        // only an attached thread may do, never inside a stop-the-world pause (a collection
        // reads every count and reference then). A thread that calls exit detached (a
        // harness's state, a thread that ended blocked) attaches first, which waits out a pause.
        if (status != ATTACHED) attachKeepingSections();
        HotLeaves.dropCandidates(this);
        mergeQueuedObjects();
        PerThreadRefs.mergeExiting(this);
        detach();
        lifecycle = EXITED;
        // Stragglers queued before producers saw EXITED. This thread is no longer their
        // owner (its local counts may now be merged by anyone), so it drains them under a
        // fresh identity, like any other thread would, and attached for the same reason as
        // above.
        if (!mergeQueue.isEmpty()) {
            ThreadState helper = newExitHelper(name + "/exit");
            helper.attachKeepingSections();
            try {
                MergeQueues.drainAbandoned(this, helper);
            } finally {
                ThreadRegistry.exit(helper);
            }
        }
    }

    /**
     * After {@link #exit} threw: detached (if it got as far as attaching) and marked exited, so
     * that nothing waits for this state again. A no-op after a normal exit.
     */
    final void abandonAfterFailedExit() {
        if (status == ATTACHED) detach();
        lifecycle = EXITED;
    }

    /**
     * A fresh thread state of this state's own kind, for {@link #exit} to drain stragglers with:
     * freeing one may run a finalizer ({@code __del__}), which needs the interpreter's state, not
     * the bare one (a bare helper made a {@code ClassCastException} in the stress suite's
     * function_churn, in one CI run: the program then hung until the suite's 300 s timeout).
     */
    protected ThreadState newExitHelper(String helperName) {
        return ThreadRegistry.create(helperName);
    }

    boolean tryLockDrain() {
        return drainLock.compareAndSet(0, 1);
    }

    void unlockDrain() {
        drainLock.set(0);
    }

    /** Checking mode: a state must not be used after its thread exited. */
    void checkUsable(String operation, PyObject o) {
        if (lifecycle == EXITED) {
            String what = "thread state '" + name + "' (id " + id + ") used after it exited";
            if (o != null) throw new RefcountError(operation, o, what);
            throw new IllegalStateException(operation + ": " + what);
        }
    }

    // ---- deallocation stack (see Dealloc) ----

    /** Pushes a dying object; returns true if the caller must run the dealloc loop. */
    boolean pushDealloc(PyObject o) {
        if (deallocTop == deallocStack.length) deallocStack = Arrays.copyOf(deallocStack, deallocTop * 2);
        deallocStack[deallocTop++] = o;
        if (deallocating) return false;
        deallocating = true;
        return true;
    }

    PyObject popDealloc() {
        if (deallocTop == 0) return null;
        PyObject o = deallocStack[--deallocTop];
        deallocStack[deallocTop] = null;
        return o;
    }

    void endDeallocLoop() {
        deallocating = false;
        while (deallocTop > 0) deallocStack[--deallocTop] = null;
        if (deallocStack.length > 1024) deallocStack = new PyObject[16];
    }

    @Override
    public String toString() {
        return "ThreadState[" + id + " " + name + (hasExited() ? " exited]" : "]");
    }
}
