package skein.gc;

import skein.metrics.ThreadCounters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One thread's freelists: freed objects kept for reuse instead of a new allocation
 * (CPython keeps them for floats, tuples, lists, dicts, frames...).
 *
 * <p>Besides saving allocation, reuse is what makes a refcounting bug visible: an object
 * freed too early comes back as something else. Checking mode catches the use before that
 * (the freed bit).
 *
 * <h2>Why reuse waits for QSBR</h2>
 * A lock-free reader in another thread (a {@code list[i]} that loaded the item pointer from the
 * list's storage just before the item was removed and freed) may still be about to look at a
 * freed object: try to take a reference, re-check the slot, read a field. If the freelist
 * handed the object out again meanwhile, the reader would be looking at a <em>recycled</em>
 * object, and its check could pass on the wrong value (jcstress {@code Broken_04} shows it).
 * So a freed object is not reusable at once: it goes to a <em>pending</em> list, and moves to
 * the <em>reusable</em> list only when every other attached thread has passed a quiescent state
 * after the free ({@link Qsbr#pollOthers}).
 *
 * <h2>Batches</h2>
 * Per kind, three arrays of the kind's capacity that swap roles instead of copying objects:
 * <ul>
 *   <li><b>open</b>: frees since the last seal, with no goal yet;</li>
 *   <li><b>sealed</b>: one batch tagged with one goal ({@link Qsbr#advance} when it was sealed,
 *       after all of its frees), like CPython's delayed-free chunks;</li>
 *   <li><b>reusable</b>: what {@link #take} pops.</li>
 * </ul>
 * {@link #take} pops the reusable stack; only when it is empty does it look at the pending
 * objects. If nothing is sealed, one scan tells whether any other thread is attached
 * ({@link Qsbr#aloneAttached}): if none is, the open batch becomes reusable at once, with no goal
 * at all (a lone thread reuses what it freed on its very next take, for one fence); otherwise
 * the open batch is sealed with a goal. A sealed batch whose goal is reached (every other attached
 * thread has reported a quiescent state since, or detached: {@link Qsbr#pollOthers}; the freeing
 * thread does not wait for itself) is swapped in as the new reusable stack. So goals are
 * advanced and polled once per batch, not per object. After consecutive polls that fail, the next refills skip the scan (0, 1,
 * 3, 7... up to {@value #MAX_BACKOFF} takes) and rely on the cached bounds, so a thread that allocates a lot
 * while another lags does not scan every time. When half the capacity is waiting, the owner asks
 * the lagging threads once per goal for a quiescent state ({@link Qsbr#requestQuiescence}).
 *
 * <p>The capacity given at {@link #register} bounds reusable plus pending objects; an object
 * freed into a full list is left to the JVM's collector.
 *
 * <h2>Thread exit</h2>
 * {@link #release} drops every list: reusable and pending objects alike become garbage for the
 * JVM. That is always safe, because the JVM reclaims an object only when no reader can reach
 * it: the collector is the last word in reclamation. Handing pending objects to another thread
 * would need their goal carried along and a synchronised hand-over, to save a few allocations.
 *
 * <h2>Under the GIL</h2>
 * ({@link RuntimeConfig#GIL}) nothing waits: a thread gives the GIL up only at eval-breaker
 * checks and blocking calls, where it holds no lock-free pointer, so no reader can be in the
 * middle of a read while the freeing thread runs; CPython's GIL build has no QSBR either.
 *
 * <p>Everything here belongs to the owning thread: plain fields, no synchronisation.
 */
public final class Freelists {
    private static final List<Integer> CAPACITIES = new ArrayList<>();
    private static final List<String> NAMES = new ArrayList<>();
    /** Upper bound of the number of refills that skip the scan after a failed poll. */
    static final int MAX_BACKOFF = 8;
    private static final boolean IMMEDIATE = RuntimeConfig.GIL;

    private Kind[] kinds = new Kind[0];

    Freelists() {}

    /** Registers a kind of freelist holding at most {@code capacity} objects per thread. */
    public static synchronized int register(String name, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        NAMES.add(name);
        CAPACITIES.add(capacity);
        return NAMES.size() - 1;
    }

    private static synchronized int capacity(int kind) {
        return CAPACITIES.get(kind);
    }

    /**
     * A freed object of {@code kind} with a fresh header (one reference, owned by {@code ts}),
     * or null if none is reusable yet. The caller re-initialises the object's own fields.
     */
    public PyObject take(int kind, ThreadState ts) {
        Kind[] ks = kinds;
        if (kind >= ks.length) return null;
        Kind k = ks[kind];
        if (k == null || (k.nReusable == 0 && !k.refill(ts))) return null;
        PyObject o = k.reusable[--k.nReusable];
        k.reusable[k.nReusable] = null;
        o.reincarnate(ts);
        if (ThreadCounters.ENABLED) ts.counters.freelistReuses++;
        return o;
    }

    /** Number of objects held for {@code kind}: reusable plus pending. */
    public int size(int kind) {
        Kind k = kind < kinds.length ? kinds[kind] : null;
        return k == null ? 0 : k.nReusable + k.nSealed + k.nOpen;
    }

    /** Number of objects of {@code kind} that {@link #take} can hand out now, without a poll. */
    public int reusable(int kind) {
        Kind k = kind < kinds.length ? kinds[kind] : null;
        return k == null ? 0 : k.nReusable;
    }

    /** Number of objects of {@code kind} freed but still waiting for other threads' quiescence. */
    public int pending(int kind) {
        return size(kind) - reusable(kind);
    }

    /** Objects of every kind freed but still waiting for other threads' quiescence (a racy read: reports). */
    public int pendingTotal() {
        int n = 0;
        for (Kind k : kinds) if (k != null) n += k.nSealed + k.nOpen;
        return n;
    }

    /** Called by {@link Dealloc} with an object just freed on {@code ts}; false if the list is full. */
    boolean put(int kind, PyObject o, ThreadState ts) {
        Kind k = kind < kinds.length ? kinds[kind] : null;
        if (k == null) k = newKind(kind);
        if (k.nReusable + k.nSealed + k.nOpen == k.capacity) return false;
        if (IMMEDIATE) {
            k.reusable[k.nReusable++] = o;
        } else {
            k.open[k.nOpen++] = o;
            if (ThreadCounters.ENABLED) {
                ts.counters.qsbrDeferred++;
                int pending = k.nSealed + k.nOpen;
                if (pending > ts.counters.qsbrBacklogMax) ts.counters.qsbrBacklogMax = pending;
            }
        }
        return true;
    }

    /** At thread exit: drops every object, reusable or pending, to the JVM (see the class comment). */
    void release() {
        kinds = new Kind[0];
    }

    private Kind newKind(int kind) {
        if (kind >= kinds.length) kinds = Arrays.copyOf(kinds, kind + 1);
        return kinds[kind] = new Kind(capacity(kind));
    }

    /** One kind's lists (see the class comment). */
    private static final class Kind {
        final int capacity;
        PyObject[] reusable, sealed, open;
        int nReusable, nSealed, nOpen;
        /** The goal of the sealed batch (meaningful while {@code nSealed > 0}). */
        long sealedGoal;
        /** The last goal other threads were asked to reach, so each goal is asked for once. */
        long requestedGoal = Qsbr.OFFLINE;
        /** Refills left that skip the scan, and the current backoff. */
        int skip, backoff;

        Kind(int capacity) {
            this.capacity = capacity;
            reusable = new PyObject[capacity];
            sealed = new PyObject[capacity];
            open = new PyObject[capacity];
        }

        /** The reusable stack is empty: try to make the pending objects reusable. */
        boolean refill(ThreadState ts) {
            long goal;
            boolean reached;
            if (nSealed == 0) {
                if (nOpen == 0) return false;
                if (Qsbr.aloneAttached(ts)) {
                    // No other thread attached: nobody can hold these objects (see aloneAttached).
                    PyObject[] empty = reusable;
                    reusable = open;
                    nReusable = nOpen;
                    open = empty;
                    nOpen = 0;
                    return true;
                }
                // Others are attached, and their read sequences are behind the goal taken now:
                // no point polling before the next take.
                seal();
                goal = sealedGoal;
                reached = false;
            } else if (Qsbr.reachedWithoutScan(ts, goal = sealedGoal)) {
                if (ThreadCounters.ENABLED) {
                    ts.counters.qsbrPolls++;
                    ts.counters.qsbrGoalsReached++;
                }
                reached = true;
            } else if (skip > 0) {
                skip--; // a recent scan failed: trust the cached bounds for a while
                reached = false;
            } else {
                reached = Qsbr.pollOthers(ts, goal);
                if (!reached) {
                    // Consecutive failures skip 0, 1, 3, 7... scans, up to MAX_BACKOFF.
                    skip = backoff;
                    backoff = Math.min(2 * backoff + 1, MAX_BACKOFF);
                }
            }
            if (!reached) {
                if (2 * (nSealed + nOpen) >= capacity && requestedGoal != goal) {
                    requestedGoal = goal;
                    Qsbr.requestQuiescence(ts, goal);
                }
                return false;
            }
            backoff = skip = 0;
            PyObject[] empty = reusable;
            reusable = sealed;
            nReusable = nSealed;
            sealed = empty;
            nSealed = 0;
            // Start the next batch's grace period now, so that it is likely over by the time
            // the reusable stack runs dry again.
            if (nOpen > 0) seal();
            return true;
        }

        /** Tags the open batch with a goal taken after all of its frees, and makes it the sealed one. */
        private void seal() {
            PyObject[] empty = sealed;
            sealed = open;
            nSealed = nOpen;
            open = empty;
            nOpen = 0;
            sealedGoal = Qsbr.advance();
        }
    }
}
