package skein.gc;

import skein.metrics.ThreadCounters;

import java.util.List;

/**
 * The non-owner side of biased reference counting: handing an object to its owner's merge
 * queue, or merging it here when the owner is gone ({@code Python/brc.c}).
 *
 * <h2>Owner exit without a lock</h2>
 * CPython guards each owner's queue with a bucket mutex so that queueing and the owner's
 * exit cannot interleave. Here the queue is a lock-free MPSC queue and exit is settled
 * Dekker-style: a producer offers first and then reads the owner's state; the owner writes
 * {@code EXITED} first and then drains. In any interleaving at least one of them sees the
 * other, so no object is stranded in a dead queue. Once the owner has exited, draining is
 * serialised by a drain flag ({@link ThreadState#tryLockDrain}) because the queue allows a
 * single consumer at a time; a drainer re-checks the queue after releasing the flag, so a
 * producer that lost the race for the flag can leave its object to the holder.
 */
final class MergeQueues {
    private MergeQueues() {}

    /** {@code o} was marked queued by {@code me}'s decref; the queue now holds that reference. */
    static void queue(PyObject o, ThreadState me) {
        int tid = o.lvOwner();
        if (tid == 0) {
            // The owner is merging the counts meanwhile (its local count hit zero, or it exited
            // and someone merges for it). It clears the owner before it publishes the merged
            // flag, so wait the few instructions until the flag shows, then apply our decref
            // to the merged count, which still includes the reference we were dropping.
            while ((o.lvShared() & PyObject.SHARED_FLAG_MASK) != PyObject.SHARED_MERGED) {
                Thread.onSpinWait();
            }
            BiasedRefCount.decrefShared(o, me);
            return;
        }
        ThreadState owner = ThreadRegistry.byId(tid);
        if (owner == null || owner.hasExited()) {
            mergeOne(o, me);
            return;
        }
        owner.mergeQueue.offer(o);
        if (ThreadCounters.ENABLED) me.counters.brcQueued++;
        owner.evalBreaker().raise(EvalBreaker.MERGE_REFCOUNTS);
        if (owner.hasExited()) drainAbandoned(owner, me);
    }

    /**
     * Merges one queued object on {@code me} — its owner merging its own queue, or anyone for an
     * exited owner — dropping the reference the queue held, and frees it if that was the last.
     */
    static void mergeOne(PyObject o, ThreadState me) {
        long total = BiasedRefCount.explicitMerge(o, -1);
        if (ThreadCounters.ENABLED) me.counters.brcMerged++;
        if (total == 0) Dealloc.dealloc(o, me);
    }

    /** Merges every object left in an exited owner's queue, on {@code me}. */
    static void drainAbandoned(ThreadState owner, ThreadState me) {
        do {
            if (!owner.tryLockDrain()) return; // the holder re-checks after unlocking
            try {
                PyObject o;
                while ((o = owner.mergeQueue.poll()) != null) mergeOne(o, me);
            } finally {
                owner.unlockDrain();
            }
        } while (!owner.mergeQueue.isEmpty());
    }

    /**
     * A collection's pause: merges every object every thread's queue holds, as the owners would
     * (CPython's {@code merge_queued_objects} in {@code gc_free_threading.c}). Without it a
     * queued object is a root until its owner next merges — a thread blocked for long, or one
     * between the end of its Python code and its exit, would keep a cycle (and everything that
     * object alone holds) alive past any number of collections. World stopped: every owner is
     * suspended at a safe point or detached, so taking its queue is sequential with its own
     * merging; an exited owner's queue is taken under its drain flag (skipped if a drainer holds
     * it: those objects keep their queued flag and stay roots this time).
     *
     * <p>An object whose merged count is zero cannot be freed in the pause (freeing runs Python
     * code): it gets one reference back, the collector's, and goes to {@code heldByCollector};
     * the collection drops that reference, after the world restarts, or in the pause for garbage
     * it has just taken its own reference to.
     *
     * @param dropQueueReference false only for a deliberately broken collector (it forgets that
     *                           the queue held a reference, which stays counted as a live one)
     */
    static void mergeAllWithWorldStopped(ThreadState me, boolean dropQueueReference, List<PyObject> heldByCollector) {
        for (ThreadState t : ThreadRegistry.registered()) {
            if (t.mergeQueue.isEmpty() || !t.tryLockDrain()) continue;
            try {
                PyObject o;
                while ((o = t.mergeQueue.poll()) != null) {
                    long total = BiasedRefCount.explicitMerge(o, dropQueueReference ? -1 : 0);
                    if (ThreadCounters.ENABLED) me.counters.brcMerged++;
                    if (total == 0) {
                        RefCount.addWithWorldStopped(o, 1);
                        heldByCollector.add(o);
                    }
                }
            } finally {
                t.unlockDrain();
            }
        }
    }
}
