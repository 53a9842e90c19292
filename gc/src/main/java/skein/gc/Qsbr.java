package skein.gc;

import skein.metrics.ThreadCounters;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Quiescent-state-based reclamation (CPython's {@code Python/qsbr.c}, after FreeBSD's "GUS"):
 * deciding when something that lock-free readers may still be looking at (an object freed
 * to a freelist, later an old items array or keys table) may be reused.
 *
 * <h2>The protocol</h2>
 * <ul>
 *   <li>A global <em>write sequence</em> starts at {@value #INITIAL} and only grows, in steps
 *       of {@value #INCR}, so it is always odd and never {@value #OFFLINE}.</li>
 *   <li>Each thread has a <em>read sequence</em>: the write sequence it observed at its last
 *       quiescent state, a point where it holds no pointer obtained without a lock or a
 *       counted reference ({@link #quiescent}). {@value #OFFLINE} means detached: a detached
 *       thread holds no such pointer at all, so it never holds up reclamation
 *       ({@link #detach}, {@link #attach}).</li>
 *   <li>Whoever makes something unreachable and wants to reuse it calls {@link #advance}
 *       after the unlink; the new write sequence is the thing's <em>goal</em>. Once every
 *       attached thread's read sequence has reached the goal ({@link #poll}), each of them has
 *       passed a quiescent state after the unlink, so none can still hold a pointer it loaded
 *       before: reuse is safe. Threads that loaded after the unlink never saw the thing.</li>
 *   <li>The minimum over all threads is cached ({@code rdSeq}, CPython's {@code rd_seq}), so a
 *       poll whose goal is already behind it costs one load; otherwise it scans the threads.</li>
 * </ul>
 *
 * <h2>Memory orderings</h2>
 * Accessor prefixes as in {@link PyObject}: {@code lp}/{@code sp} plain, {@code la} acquire,
 * {@code so} ordered (release), {@code lv}/{@code sv} volatile, {@code gaa} get-and-add,
 * {@code cas} compare-and-set.
 * <ul>
 *   <li>{@link #advance} is a volatile get-and-add: a full fence, so the caller's unlink (any
 *       earlier store) is ordered before it, and before the scan that follows.</li>
 *   <li>{@link #quiescent} reads the write sequence with acquire, then stores the read
 *       sequence with release. Release: the thread's uses of pointers it held happen-before a
 *       poller's acquire load that sees the new read sequence, hence before the reuse. Acquire:
 *       having read a write sequence at or past a goal, the thread's later loads see the unlink
 *       that came before that goal's advance, so it cannot pick the old pointer up again.</li>
 *   <li>{@link #detach} is a release store of {@value #OFFLINE}, for the same first reason.</li>
 *   <li>{@link #attach} is the subtle one (a Dekker pattern with the scan). The attaching
 *       thread stores its read sequence and must then <em>not</em> load any shared pointer
 *       before that store is visible to pollers; the poller unlinks, advances and must not read
 *       the thread's sequence before its unlink is visible. Both sides therefore put a full
 *       fence between their store and their loads ({@code so} + {@link VarHandle#fullFence()}
 *       in attach, the fence at the start of every scan), so at least one sees the other:
 *       either the scan sees the thread online (and waits for it), or the thread's loads see
 *       the unlink. Without the fence the store can sit in the store buffer (x86 allows a
 *       later load to pass an earlier store) while the thread loads the old pointer and the
 *       scan reads "offline". jcstress {@code QSBR_03} runs this race; its window is a few
 *       cycles wide, and a build without the fence was not caught in quick mode, so the fence
 *       rests on this argument (CPython's attach is a seq-cst store for the same reason).</li>
 *   <li>Scans load each state with acquire, each read sequence with acquire (pairs with the
 *       releases above), and publish a higher minimum to {@code rdSeq} by CAS; losing the CAS is
 *       fine, another scan published a value that was also a true lower bound.</li>
 * </ul>
 * A thread's read sequence is written only by that thread (its state's owner); others only
 * read it. The minimum computed by any scan stays a valid lower bound forever: a thread's read
 * sequence only grows while it is attached, and it re-attaches at the current write sequence,
 * which is at least any earlier minimum. That is what makes both caches ({@code rdSeq} and
 * {@link State}'s minimum over the other threads) sound.
 *
 * <h2>The record of threads</h2>
 * A slot array of states, copied on growth and published by a volatile store; slots of exited
 * threads are reused. Registering and unregistering take a lock; scans never do. A thread
 * goes offline <em>before</em> its slot is cleared, so a scan still holding an old array
 * skips it, and exit never makes another thread wait (see {@link #unregister}).
 *
 * <h2>Who calls what</h2>
 * {@link ThreadRegistry} registers every thread state (offline) and unregisters it at exit;
 * {@link ThreadRegistry#attach} (a Java thread binding itself) also {@link #attach}es it. The
 * interpreter calls {@link #quiescent} at eval-breaker checks (at least when
 * {@link EvalBreaker#QSBR_POLL} is raised: {@link ThreadState#serviceEvalBreaker} does it), and
 * {@link #detach}/{@link #attach} around blocking calls. {@link Freelists} uses
 * {@link #aloneAttached}, {@link #advance}, {@link #pollOthers} and {@link #requestQuiescence}.
 */
public final class Qsbr {
    /** The read sequence of a detached thread. */
    public static final long OFFLINE = 0;
    /** The first write sequence. */
    public static final long INITIAL = 1;
    /** The write sequence's step: it stays odd, so it never equals {@link #OFFLINE}. */
    public static final long INCR = 2;

    private static final Seqs SEQS = new Seqs();

    private static final Object REGISTRY_LOCK = new Object();
    /** Slots of registered states; null = free. Replaced (never mutated in place) on growth. */
    private static volatile State[] states = new State[8];
    /** Free slot indexes, a stack; guarded by {@link #REGISTRY_LOCK}. */
    private static int[] freeSlots = {7, 6, 5, 4, 3, 2, 1, 0};
    private static int nFree = 8;

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(State[].class);

    private Qsbr() {}

    /** Wrap-safe {@code a < b} (a holdover from 32-bit sequences; 64 bits do not wrap in practice). */
    static boolean lt(long a, long b) {
        return a - b < 0;
    }

    /** Wrap-safe {@code a <= b}. */
    static boolean leq(long a, long b) {
        return a - b <= 0;
    }

    // ---------------------------------------------------------------- per-thread operations

    /**
     * Reports a quiescent state: the calling thread (the owner of {@code ts}) holds no pointer
     * it obtained without a lock or a counted reference. Cheap: a plain load of its own
     * sequence, an acquire load of the write sequence, and a release store only when the write
     * sequence moved (so an idle program does not keep dirtying the line pollers read).
     * A detached thread stays detached: it has nothing to report.
     */
    public static void quiescent(ThreadState ts) {
        State s = ts.qsbr;
        long mine = s.lpSeq();
        if (mine == OFFLINE) return;
        long wr = SEQS.laWr();
        if (wr != mine) s.soSeq(wr);
    }

    /**
     * Goes offline: the calling thread is about to block (lock wait, join, sleep, I/O) or to
     * exit and holds no lock-free pointer. It no longer holds up anyone's reclamation. Release
     * store, so everything it did with such pointers happens-before a poller seeing it offline.
     */
    public static void detach(ThreadState ts) {
        ts.qsbr.soSeq(OFFLINE);
    }

    /**
     * Comes back online at the current write sequence, before loading any shared pointer.
     * The full fence after the store is required (see the class comment, "attach"): it pairs
     * with the fence at the start of every scan. Attaching an attached thread is harmless (it
     * just reports a quiescent state, which it must then be at).
     */
    public static void attach(ThreadState ts) {
        ts.qsbr.soSeq(SEQS.laWr());
        VarHandle.fullFence();
    }

    /** Whether {@code ts} is attached (its read sequence is not {@link #OFFLINE}). */
    public static boolean isAttached(ThreadState ts) {
        return ts.qsbr.laSeq() != OFFLINE;
    }

    /** {@code ts}'s read sequence (0 when detached): for tests and reports. */
    public static long readSequenceOf(ThreadState ts) {
        return ts.qsbr.laSeq();
    }

    // ---------------------------------------------------------------- goals

    /**
     * Advances the write sequence and returns it: the goal for whatever the caller made
     * unreachable before this call. A volatile get-and-add, i.e. a full fence on the caller's
     * side (its unlink is ordered before anything a later scan reads).
     */
    public static long advance() {
        return SEQS.gaaWr(INCR) + INCR;
    }

    /** The current write sequence (volatile load). */
    public static long writeSequence() {
        return SEQS.lvWr();
    }

    /** The cached minimum read sequence of all attached threads (a lower bound; volatile load). */
    public static long readSequence() {
        return SEQS.lvRd();
    }

    /**
     * Has every attached thread, {@code ts}'s own included, passed a quiescent state since the
     * write sequence reached {@code goal}? If so, anything retired with that goal (or an earlier
     * one) may be reused. One volatile load when the cached minimum already covers the goal,
     * else a scan of all threads (which also refreshes the cache). CPython's
     * {@code _Py_qsbr_poll}.
     */
    public static boolean poll(ThreadState ts, long goal) {
        if (ThreadCounters.ENABLED) ts.counters.qsbrPolls++;
        boolean reached = leq(goal, SEQS.lvRd()) || leq(goal, scan(ts));
        if (reached && ThreadCounters.ENABLED) ts.counters.qsbrGoalsReached++;
        return reached;
    }

    /**
     * {@link #poll} for things {@code ts} itself freed (its freelist), where its own read
     * sequence does not matter: only other attached threads must have passed a quiescent state.
     *
     * <p>Why the caller may leave itself out: a thread's lock-free read (load a pointer, try to
     * take a reference, re-check the slot) is a short sequence during which it frees nothing,
     * so by the time it frees an object and later takes it back from its freelist, none of its
     * own lock-free reads of that object is still in flight. (A borrowed pointer it kept across
     * its own free would be a bug without threads too.) This is what keeps one thread's
     * free-then-take cycle from waiting for its own next eval-breaker check: with no other
     * thread attached, any goal is reached at once. Unlike a call to {@link #quiescent} at that
     * point, it does not claim anything about pointers into memory that <em>other</em> threads
     * retired.
     */
    public static boolean pollOthers(ThreadState ts, long goal) {
        if (ThreadCounters.ENABLED) ts.counters.qsbrPolls++;
        boolean reached = reachedWithoutScan(ts, goal);
        if (!reached) {
            scan(ts);
            reached = leq(goal, ts.qsbr.othersMin);
        }
        if (reached && ThreadCounters.ENABLED) ts.counters.qsbrGoalsReached++;
        return reached;
    }

    /**
     * Whether no thread other than {@code ts} is attached, judged by a scan after a full fence.
     * If so, whatever {@code ts} freed (and whatever was unlinked) before the call can be reused
     * at once, without taking a goal: a thread that was attached and loaded a pointer before the
     * unlink has since detached (its release store of 0, read here with acquire, orders its uses
     * before the reuse), and a thread attaching later sees the unlink (the attach/scan fence
     * pair). This is the lone thread's path: one fence instead of an {@link #advance} plus a
     * scan. Counted as a poll, reached when true.
     */
    public static boolean aloneAttached(ThreadState ts) {
        if (ThreadCounters.ENABLED) ts.counters.qsbrPolls++;
        scan(ts);
        boolean alone = ts.qsbr.othersAttached == 0;
        if (alone && ThreadCounters.ENABLED) ts.counters.qsbrGoalsReached++;
        return alone;
    }

    /** {@link #pollOthers} without the scan: the two cached lower bounds only. No counting. */
    static boolean reachedWithoutScan(ThreadState ts, long goal) {
        return leq(goal, ts.qsbr.othersMin) || leq(goal, SEQS.lvRd());
    }

    /**
     * Asks every attached thread other than {@code ts} whose read sequence is behind
     * {@code goal} to report a quiescent state, by raising {@link EvalBreaker#QSBR_POLL} on its
     * eval breaker. For a thread with many objects waiting on {@code goal}; threads that report
     * quiescence at every eval-breaker check anyway need no asking. Returns how many were asked.
     */
    public static int requestQuiescence(ThreadState ts, long goal) {
        VarHandle.fullFence(); // as in scan: read sequences no older than the caller's unlink
        State[] a = states;
        int asked = 0;
        for (int i = 0; i < a.length; i++) {
            State s = (State) SLOT.getAcquire(a, i);
            if (s == null || s == ts.qsbr) continue;
            long seq = s.laSeq();
            if (seq != OFFLINE && lt(seq, goal)) {
                s.ts.evalBreaker().raise(EvalBreaker.QSBR_POLL);
                asked++;
            }
        }
        if (ThreadCounters.ENABLED) ts.counters.qsbrRequests += asked;
        return asked;
    }

    /**
     * Computes the minimum read sequence of the attached threads, publishes it to the shared
     * cache if higher, stores the minimum over the threads other than {@code ts} in
     * {@code ts}'s own cache, and returns the overall minimum (CPython's
     * {@code qsbr_poll_scan}). Both minima start at the write sequence: with no thread attached,
     * every goal handed out so far is reached.
     */
    private static long scan(ThreadState ts) {
        if (ThreadCounters.ENABLED) ts.counters.qsbrScans++;
        // Pairs with attach's fence (class comment): no read below may see a thread "offline"
        // from before its attach while our earlier unlink is still invisible to it.
        VarHandle.fullFence();
        State me = ts.qsbr;
        long wr = SEQS.lvWr();
        long minAll = wr, minOthers = wr;
        int others = 0;
        State[] a = states;
        for (int i = 0; i < a.length; i++) {
            State s = (State) SLOT.getAcquire(a, i);
            if (s == null) continue;
            long seq = s.laSeq();
            if (seq == OFFLINE) continue;
            if (lt(seq, minAll)) minAll = seq;
            if (s != me) {
                others++;
                if (lt(seq, minOthers)) minOthers = seq;
            }
        }
        me.othersMin = minOthers;
        me.othersAttached = others;
        long rd = SEQS.lvRd();
        if (lt(rd, minAll)) {
            SEQS.casRd(rd, minAll); // a lost race means another scan published a bound too
            rd = minAll;
        }
        return rd;
    }

    // ---------------------------------------------------------------- the record of threads

    /** Adds {@code ts} to the record, detached. {@link ThreadRegistry#create} calls it. */
    static void register(ThreadState ts) {
        State s = ts.qsbr;
        synchronized (REGISTRY_LOCK) {
            if (s.slot >= 0) return;
            if (nFree == 0) grow();
            int i = freeSlots[--nFree];
            s.slot = i;
            // Release: a scan that finds the state also sees its initialised fields.
            SLOT.setRelease(states, i, s);
        }
    }

    /**
     * Removes {@code ts} from the record: it goes offline first (release), then its slot is
     * cleared. A scan that read the slot before it was cleared sees it offline and skips it,
     * so an exiting thread never holds up a poll, and pollers never wait for the registry lock.
     * Called by {@link ThreadRegistry#exit}, from the thread that used {@code ts}, last.
     */
    static void unregister(ThreadState ts) {
        State s = ts.qsbr;
        s.soSeq(OFFLINE);
        synchronized (REGISTRY_LOCK) {
            int i = s.slot;
            if (i < 0) return;
            SLOT.setRelease(states, i, (State) null);
            s.slot = -1;
            freeSlots[nFree++] = i;
        }
    }

    /** Doubles the slot array; the old one stays valid for scans that still hold it. */
    private static void grow() {
        State[] old = states;
        int n = old.length;
        State[] bigger = new State[n * 2];
        for (int i = 0; i < n; i++) bigger[i] = (State) SLOT.getAcquire(old, i);
        int[] free = new int[n * 2];
        int k = 0;
        for (int i = 2 * n - 1; i >= n; i--) free[k++] = i; // lowest index on top of the stack
        freeSlots = free;
        nFree = k;
        states = bigger; // volatile: publishes the copied slots
    }

    /** How many registered states are attached now (for tests; racy by nature). */
    static int attached() {
        int n = 0;
        for (State s : states) if (s != null && s.laSeq() != OFFLINE) n++;
        return n;
    }

    /** How many states are registered (for tests). */
    static int registered() {
        synchronized (REGISTRY_LOCK) {
            return states.length - nFree;
        }
    }

    // ---------------------------------------------------------------- state

    /**
     * One thread's QSBR state, a field of its {@link ThreadState}. The read sequence sits on a
     * cache line of its own: other threads read it on every scan, and it must not share a line
     * with fields its thread writes all the time. Fields after the padding belong to the owner.
     */
    public static final class State extends StateSeq {
        final ThreadState ts;
        /** Slot in the record, or -1; guarded by the registry lock. */
        int slot = -1;
        /**
         * Owner-only cache: the minimum read sequence of the other attached threads at the
         * owner's last scan (a lower bound from then on, see the class comment).
         */
        long othersMin = OFFLINE;
        /** Owner-only: how many other threads were attached at the owner's last scan. */
        int othersAttached;

        State(ThreadState ts) {
            this.ts = ts;
        }
    }

    @SuppressWarnings("unused")
    abstract static class StatePad0 {
        long p00, p01, p02, p03, p04, p05, p06, p07;
    }

    abstract static class StateSeq0 extends StatePad0 {
        /** The read sequence; {@link #OFFLINE} while detached. Written only by the owner. */
        @SuppressWarnings("unused") // through SEQ
        private long seq;
    }

    @SuppressWarnings("unused")
    abstract static class StateSeq extends StateSeq0 {
        long p10, p11, p12, p13, p14, p15, p16, p17;

        private static final VarHandle SEQ;

        static {
            try {
                SEQ = MethodHandles.lookup().findVarHandle(StateSeq0.class, "seq", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        /** The owner's own read: nobody else writes it. */
        final long lpSeq() { return (long) SEQ.get(this); }
        final long laSeq() { return (long) SEQ.getAcquire(this); }
        final void soSeq(long v) { SEQ.setRelease(this, v); }
    }

    /** The write sequence and the cached read minimum, each on its own cache line. */
    @SuppressWarnings("unused")
    abstract static class SeqsPad0 {
        long p00, p01, p02, p03, p04, p05, p06, p07;
    }

    abstract static class SeqsWr extends SeqsPad0 {
        @SuppressWarnings("unused") // through WR
        private long wrSeq = INITIAL;
    }

    @SuppressWarnings("unused")
    abstract static class SeqsPad1 extends SeqsWr {
        long p10, p11, p12, p13, p14, p15, p16, p17;
    }

    abstract static class SeqsRd extends SeqsPad1 {
        @SuppressWarnings("unused") // through RD
        private long rdSeq = INITIAL;
    }

    @SuppressWarnings("unused")
    static final class Seqs extends SeqsRd {
        long p20, p21, p22, p23, p24, p25, p26, p27;

        private static final VarHandle WR, RD;

        static {
            try {
                WR = MethodHandles.privateLookupIn(SeqsWr.class, MethodHandles.lookup())
                        .findVarHandle(SeqsWr.class, "wrSeq", long.class);
                RD = MethodHandles.privateLookupIn(SeqsRd.class, MethodHandles.lookup())
                        .findVarHandle(SeqsRd.class, "rdSeq", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        long laWr() { return (long) WR.getAcquire(this); }
        long lvWr() { return (long) WR.getVolatile(this); }
        long gaaWr(long d) { return (long) WR.getAndAdd(this, d); }
        long lvRd() { return (long) RD.getVolatile(this); }
        boolean casRd(long expect, long update) { return RD.compareAndSet(this, expect, update); }
    }
}
