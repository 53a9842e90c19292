package skein.gc;

import skein.metrics.ThreadCounters;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The cycle collector: finds groups of objects that only refer to each other and frees them,
 * with the world stopped only while it looks (free-threaded CPython's
 * {@code Python/gc_free_threading.c}; one generation, as there).
 *
 * <h2>A collection</h2>
 * <ol>
 *   <li><b>Stop the world</b> ({@link StopTheWorld}): no thread runs bytecode, so counts and
 *       references hold still. Every thread's merge queue is merged, as its owner would
 *       ({@link MergeQueues#mergeAllWithWorldStopped}), so that the references other threads
 *       dropped count as dropped.</li>
 *   <li><b>Candidates</b>: every live tracked object of every thread ({@link TrackedObjects}),
 *       of exited threads, minus frozen ones; each gets {@code gcRefs} = its true count
 *       ({@link RefCount#trueCount}: local plus shared, less a merge-queue reference still pending when its queue could not be taken).</li>
 *   <li><b>Subtract internal references</b>: for each candidate, each child its
 *       {@link PyObject#traverse} visits that is a candidate loses one. What is left is the
 *       number of references from outside the candidates: frames, Java code, untracked holders.</li>
 *   <li><b>Mark</b>: candidates with references from outside are roots; everything they reach
 *       through {@code traverse} is reachable. The rest is garbage.</li>
 *   <li><b>Weak references</b> to garbage are cleared ({@link WeakRefHooks}) while the world is
 *       still stopped, so no thread can fetch a dying object through one.</li>
 *   <li><b>Start the world</b>, holding one counted reference to each garbage object so that
 *       nothing frees it under the collector. Weakref callbacks run, then each garbage object's
 *       finalizer ({@code __del__}) runs once ever (PEP 442: {@link PyObject#GC_FINALIZED}).</li>
 *   <li><b>Resurrection</b>: if any finalizer ran, stop the world again and repeat steps 3-4
 *       within the garbage alone (counting the collector's own references out): whatever a
 *       finalizer made reachable again, and everything it reaches, is spared.</li>
 *   <li><b>Break the cycles</b> with the world running: {@link PyObject#clearForCollector} on each
 *       remaining garbage object drops its references (CPython's {@code tp_clear}), then the
 *       collector drops its own; ordinary deallocation frees the objects as their counts reach 0.</li>
 * </ol>
 *
 * <h2>Deferred objects and frame stacks</h2>
 * Functions and classes are deferred (their stack references are not counted,
 * {@link RefCount#increfStack}) and tracked. Their {@code gcRefs} start from the count less the bias, and the collector adds
 * one for each reference a thread's frames hold ({@link StackRoots}: every thread's frame stack,
 * scanned in the pause; a suspended generator's frame is reached through the generator, which
 * is tracked and reports its frame's references as {@link PyObject.Visitor#visitStackRef}).
 * A deferred object found unreachable loses its bias ({@link RefCount#releaseDeferred}) after
 * the cycles are broken, and is freed as any other. Classes are tracked too: their instances'
 * references are counted per thread ({@link PerThreadRefs}), so the pause adds every thread's
 * slots to a class's count, and folds them into the count of a class found unreachable (which is
 * counted as any object from then on, so that its instances, freed after it is cleared, can let
 * it go). Ordinary garbage is released before deferred garbage: an instance being freed still
 * looks at its class. Modules are deferred but not tracked, so references from them count as
 * references from outside (a leak, never a wrong free). Immortal objects are never garbage;
 * the pause first merges every thread's merge queue, as each owner would, so that a
 * reference another thread dropped counts as dropped ({@link MergeQueues#mergeAllWithWorldStopped}).
 *
 * <p>{@code gc.collect()} returns the number of unreachable objects in or reachable from a cycle:
 * an unused function no garbage refers to is freed too, but not counted, as CPython's default
 * build would have freed it by reference counting ({@link Graph#cyclicGarbageCount}).
 *
 * <h2>Automatic collections</h2>
 * Each thread counts the objects it tracks and adds them to a shared count every
 * {@value #FLUSH_EVERY} (so allocation touches no shared word); when the shared count passes
 * the first threshold the flushing thread raises its own {@link EvalBreaker#GC_SCHEDULED} and
 * collects at its next safe point.
 *
 * <p>One collection at a time: a thread asking while another collects gets 0 at once, as in
 * CPython.
 */
public final class Collector {
    private Collector() {}

    /** Why a collection runs (for {@code gc.callbacks}' info and the metrics). */
    public enum Reason { MANUAL, AUTOMATIC }

    /** Per-thread tracked allocations are added to the shared count in batches of this many. */
    static final int FLUSH_EVERY = 64;

    private static volatile boolean enabled = true;
    private static volatile int threshold0 = 700, threshold1 = 10, threshold2 = 10;
    /** Tracked objects made since the last collection (flushed in batches). */
    private static final AtomicLong ALLOCATIONS = new AtomicLong();
    private static final AtomicBoolean COLLECTING = new AtomicBoolean();

    /** Exited threads' tracked objects; guarded by {@link #LOCK}. */
    private static final TrackedObjects ORPHANS = new TrackedObjects();
    /** Objects {@code gc.freeze()} moved out of every collection; guarded by {@link #LOCK}. */
    private static final TrackedObjects FROZEN = new TrackedObjects();
    private static final Object LOCK = new Object();

    private static volatile long lastCollected, lastUncollectable;
    /** Candidates that survived the last collection. */
    private static volatile long longLived;

    // ---------------------------------------------------------------- configuration

    public static boolean isEnabled() {
        return enabled;
    }

    public static void setEnabled(boolean on) {
        enabled = on;
    }

    public static int[] thresholds() {
        return new int[] {threshold0, threshold1, threshold2};
    }

    public static void setThresholds(int t0, int t1, int t2) {
        threshold0 = t0;
        threshold1 = t1;
        threshold2 = t2;
    }

    /** Tracked objects made since the last collection, as far as flushed counts tell. */
    public static long allocationCount() {
        return ALLOCATIONS.get();
    }

    /** Whether a collection is running now. */
    public static boolean isCollecting() {
        return COLLECTING.get();
    }

    // ---------------------------------------------------------------- tracking

    /** Adds {@code ts}'s pending count to the shared one; schedules a collection past the threshold. */
    static void noteAllocations(ThreadState ts) {
        int n = ts.gcPendingAllocations;
        ts.gcPendingAllocations = 0;
        long total = ALLOCATIONS.addAndGet(n);
        int t = threshold0;
        // Also past a quarter of what survived the last collection (CPython 3.13t's rule), so
        // that a program with many live objects does not rescan them all every few hundred allocations.
        if (enabled && t > 0 && total >= t && total >= longLived / 4 && !COLLECTING.get()) {
            ts.evalBreaker().raise(EvalBreaker.GC_SCHEDULED);
        }
    }

    /** A thread is leaving: its tracked objects become the collector's. */
    static void adoptExiting(ThreadState ts) {
        synchronized (LOCK) {
            ORPHANS.addAll(ts.tracked);
        }
    }

    // ---------------------------------------------------------------- collection

    /**
     * Runs a collection on the calling thread, which must be attached and at a point where
     * Python code may run (finalizers and callbacks run here). Returns the number of unreachable
     * objects found, or 0 if another collection is running (including one this thread is
     * running: a finalizer calling {@code gc.collect()}).
     */
    public static long collect(ThreadState ts, Reason reason) {
        if (reason == Reason.AUTOMATIC && !enabled) return 0;
        return collect(ts, true);
    }

    /**
     * A manual collection that, merging the queued objects in its pause, forgets that each queue
     * entry held a reference: that reference stays counted as a live one from outside. For the
     * deliberately broken variant of the jcstress harnesses ({@code skein.stress.broken}) only:
     * a collector that miscounts must be caught by the same harness that passes the real one,
     * with everything else about the collection unchanged.
     */
    public static long collectKeepingQueuedRefs(ThreadState ts) {
        return collect(ts, false);
    }

    private static long collect(ThreadState ts, boolean dropQueueReferences) {
        if (!COLLECTING.compareAndSet(false, true)) return 0;
        try {
            return collectLocked(ts, dropQueueReferences);
        } finally {
            ALLOCATIONS.set(0);
            COLLECTING.set(false);
        }
    }

    /** The numbers of the last collection: unreachable found, and those left uncollected. */
    public static long[] lastResult() {
        return new long[] {lastCollected, lastUncollectable};
    }

    private static long collectLocked(ThreadState ts, boolean dropQueueReferences) {
        long t0 = System.nanoTime();
        long paused;
        Graph g = null;
        long cyclic;
        List<Runnable> callbacks = new ArrayList<>();
        // merged objects whose count was zero: one reference each is the collector's until released
        List<PyObject> heldByCollector = new ArrayList<>();
        List<PyObject> releaseAfterPause = new ArrayList<>();
        StopTheWorld.stop(ts);
        try {
            MergeQueues.mergeAllWithWorldStopped(ts, dropQueueReferences, heldByCollector);
            HotLeaves.sweepWithWorldStopped(ts); // registered leaves nothing refers to
            synchronized (LOCK) {
                g = Graph.of(candidates(ts), RefCount::trueCount);
            }
            try {
                g.countOutCollectorReferences(heldByCollector);
                g.computeExternalRefs(0);
                g.markFromRoots();
                cyclic = g.cyclicGarbageCount();
                g.release(false); // owners back before any count changes; the garbage stays marked
            } finally {
                g.release(true); // after a failure: every mark goes (a no-op after the line above)
            }
            g.foldPerThreadCountsOfGarbage();
            Predicate<PyObject> isGarbage = g::isGarbage;
            WeakRefHooks.Clearer clearer = WeakRefHooks.clearer();
            for (PyObject o : g.garbage()) {
                // one counted reference each, so nothing frees them while the world runs again
                RefCount.incref(o, ts);
                if (clearer != null) {
                    Runnable r = clearer.clear(o, isGarbage, ts);
                    if (r != null) callbacks.add(r);
                }
            }
            // the garbage's merge reference gives way to the one just taken (never the last)
            for (PyObject o : heldByCollector) {
                if (g.isGarbage(o)) RefCount.decref(o, ts);
                else releaseAfterPause.add(o);
            }
        } finally {
            if (g != null) g.forgetGarbage(); // world still stopped: plain header writes
            paused = System.nanoTime() - t0;
            StopTheWorld.start(ts);
        }
        // untracked objects (and any not garbage): freed now as their owners would have
        for (PyObject o : releaseAfterPause) RefCount.decref(o, ts);
        List<PyObject> garbage = g.garbage();
        for (Runnable r : callbacks) r.run();

        boolean finalized = false;
        for (PyObject o : garbage) {
            if (o.hasFinalizer() && (o.lpGcBits() & PyObject.GC_FINALIZED) == 0) {
                o.orGcBits(PyObject.GC_FINALIZED);
                o.finalizeObject(ts);
                finalized = true;
            }
        }
        if (finalized) {
            long t1 = System.nanoTime();
            StopTheWorld.stop(ts);
            try {
                garbage = Graph.withoutResurrected(garbage, RefCount::trueCount);
            } finally {
                paused += System.nanoTime() - t1;
                StopTheWorld.start(ts);
            }
        }
        long found = cyclic;
        // Break the cycles, then let go: ordinary deallocation frees what the clearing left unreferenced.
        for (PyObject o : garbage) {
            if (!o.isFreed()) o.clearForCollector(ts);
        }
        // Unreachable deferred objects become ordinary ones: the bias that kept them goes, and the
        // collector's own reference below is then the last (resurrected ones keep their bias).
        List<PyObject> all = g.garbage();
        boolean[] deferred = new boolean[all.size()];
        for (int i = 0; i < deferred.length; i++) deferred[i] = all.get(i).isDeferred();
        for (PyObject o : garbage) {
            if (o.isDeferred()) RefCount.releaseDeferred(o, ts);
        }
        // Ordinary objects first: an instance being freed still looks at its class (for __del__,
        // along the MRO), so a garbage class and its bases must outlive its garbage instances.
        for (int i = 0; i < deferred.length; i++) if (!deferred[i]) RefCount.decref(all.get(i), ts);
        for (int i = 0; i < deferred.length; i++) if (deferred[i]) RefCount.decref(all.get(i), ts);
        lastCollected = found;
        lastUncollectable = 0;
        longLived = g.size() - g.garbage().size();
        if (ThreadCounters.ENABLED) {
            ts.counters.gcCollections++;
            ts.counters.gcCollected += found;
            ts.counters.gcPauseNanos += paused;
            if (paused > ts.counters.gcPauseMaxNanos) ts.counters.gcPauseMaxNanos = paused;
        }
        return found;
    }

    /** Every live tracked object not frozen, duplicates removed later. World stopped, {@link #LOCK} held. */
    private static List<PyObject> candidates(ThreadState ts) {
        List<PyObject> all = new ArrayList<>();
        for (ThreadState t : ThreadRegistry.registered()) {
            t.tracked.compact();
            t.tracked.forEachLive(all::add);
        }
        ORPHANS.compact();
        ORPHANS.forEachLive(all::add);
        return all;
    }

    // ---------------------------------------------------------------- the gc module's views

    /**
     * Every live tracked object (not frozen ones), each with a new reference taken while the
     * world was stopped (after it restarts another thread may drop the last other one), for
     * {@code gc.get_objects()}. Objects whose count is not settled are left out.
     */
    public static List<PyObject> trackedObjects(ThreadState ts) {
        StopTheWorld.stop(ts);
        try {
            synchronized (LOCK) {
                List<PyObject> out = new ArrayList<>();
                Graph g = Graph.of(candidates(ts), RefCount::trueCount);
                g.release(true);
                for (PyObject o : g.objects()) {
                    if (RefCount.trueCount(o) <= 0) continue;
                    RefCount.incref(o, ts);
                    out.add(o);
                }
                return out;
            }
        } finally {
            StopTheWorld.start(ts);
        }
    }

    /**
     * The tracked objects that refer to any of {@code targets} ({@code gc.get_referrers}), each
     * with a new reference. Stops the world.
     */
    public static List<PyObject> referrers(ThreadState ts, List<PyObject> targets) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject o : trackedObjects(ts)) {
            boolean[] hit = {false};
            o.traverse(child -> {
                if (!hit[0]) for (PyObject t : targets) if (child == t) hit[0] = true;
            });
            if (hit[0]) out.add(o);
            else RefCount.decref(o, ts);
        }
        return out;
    }

    /** {@code gc.freeze()}: every tracked object now is left out of later collections. */
    public static void freeze(ThreadState ts) {
        StopTheWorld.stop(ts);
        try {
            synchronized (LOCK) {
                for (ThreadState t : ThreadRegistry.registered()) FROZEN.addAll(t.tracked);
                FROZEN.addAll(ORPHANS);
            }
        } finally {
            StopTheWorld.start(ts);
        }
    }

    /** {@code gc.unfreeze()}: frozen objects are candidates again (they join the caller's list). */
    public static void unfreeze(ThreadState ts) {
        synchronized (LOCK) {
            ORPHANS.addAll(FROZEN);
        }
    }

    /** {@code gc.get_freeze_count()}. */
    public static int frozenCount() {
        synchronized (LOCK) {
            FROZEN.compact();
            return FROZEN.size();
        }
    }

    // ---------------------------------------------------------------- the graph

    /**
     * The candidates of one collection, numbered, with their {@code gcRefs} and marks, world
     * stopped. A candidate's number lives in its own header while the graph is numbered: the
     * {@link PyObject#GC_COLLECTING} bit says it is a candidate, and its owner field, borrowed
     * and saved, holds the number (free-threaded CPython borrows {@code ob_tid} for its
     * {@code gc_refs} the same way). Finding a child's number is then two field reads instead of
     * an identity-hash look-up (a cache miss or two per edge: most of a pause over a million
     * objects). The owner fields must be back before anything counts references again:
     * {@link #release} restores them, leaving the bit on the garbage alone, which
     * {@link #isGarbage} reads until {@link #forgetGarbage}.
     */
    static final class Graph {
        private final PyObject[] objects;
        private final int n;
        private final int[] savedOwner;
        private boolean numbered = true;
        private final long[] gcRefs;
        private final boolean[] reachable;
        private final ToLongFunction<PyObject> countRule;
        /** Candidates counted per thread ({@link PerThreadRefs}: classes): index and the slots' sum. */
        private final java.util.IdentityHashMap<PyObject, long[]> perThread = new java.util.IdentityHashMap<>();
        /** Candidates whose count includes one reference the collector holds (see {@link MergeQueues#mergeAllWithWorldStopped}). */
        private boolean[] collectorHeld;
        private List<PyObject> garbage = List.of();

        private Graph(PyObject[] objects, int n, int[] savedOwner, ToLongFunction<PyObject> countRule) {
            this.countRule = countRule;
            this.objects = objects;
            this.n = n;
            this.savedOwner = savedOwner;
            this.gcRefs = new long[n];
            this.reachable = new boolean[n];
        }

        /** The graph of {@code all}, duplicates dropped, numbered in the headers. World stopped; call {@link #release} in a finally. */
        static Graph of(List<PyObject> all, ToLongFunction<PyObject> countRule) {
            PyObject[] unique = new PyObject[all.size()];
            int[] saved = new int[all.size()];
            int n = 0;
            for (PyObject o : all) {
                byte bits = o.lpGcBits();
                if ((bits & PyObject.GC_COLLECTING) != 0) continue; // listed twice (an exiting thread's, adopted)
                unique[n] = o;
                saved[n] = o.lpOwner();
                o.spOwner(n);
                o.spGcBits((byte) (bits | PyObject.GC_COLLECTING));
                n++;
            }
            return new Graph(unique, n, saved, countRule);
        }

        /** The candidate number of {@code o}, or -1. Only while numbered. */
        int indexOf(PyObject o) {
            return o != null && (o.lpGcBits() & PyObject.GC_COLLECTING) != 0 ? o.lpOwner() : -1;
        }

        /**
         * Gives every candidate its owner back; the garbage keeps its {@link PyObject#GC_COLLECTING}
         * bit (for {@link #isGarbage}) unless {@code everything}. Numbers are gone afterwards.
         */
        void release(boolean everything) {
            if (!numbered) return;
            numbered = false;
            for (int i = 0; i < n; i++) {
                PyObject o = objects[i];
                o.spOwner(savedOwner[i]);
                if (everything || reachable[i]) o.spGcBits((byte) (o.lpGcBits() & ~PyObject.GC_COLLECTING));
            }
        }

        /** Clears the garbage's marks (end of the pause that found it). */
        void forgetGarbage() {
            for (PyObject o : garbage) o.spGcBits((byte) (o.lpGcBits() & ~PyObject.GC_COLLECTING));
        }

        int size() {
            return n;
        }

        List<PyObject> objects() {
            return Arrays.asList(Arrays.copyOf(objects, n));
        }

        void countOutCollectorReferences(List<PyObject> held) {
            if (held.isEmpty()) return;
            collectorHeld = new boolean[n];
            for (PyObject o : held) {
                int j = indexOf(o);
                if (j >= 0) collectorHeld[j] = true;
            }
        }

        /**
         * Steps 2-3: true counts, less the references candidates hold to each other, plus one for
         * each reference from a frame ({@link StackRoots}: frames are roots, and their references
         * to deferred objects are not in the counts).
         */
        void computeExternalRefs(int ownedByCollector) {
            StackRoots.Scanner stacks = StackRoots.scanner();
            PerThreadRefs.forEachWithWorldStopped((o, index, sum) -> {
                if (indexOf(o) >= 0) perThread.put(o, new long[] {index, sum});
            });
            for (int i = 0; i < n; i++) {
                PyObject o = objects[i];
                long c = countRule.applyAsLong(o);
                long[] pt = (o.lpGcBits() & PyObject.GC_PER_THREAD) == 0 ? null : perThread.get(o);
                if (pt != null) c += pt[1]; // the references its own count leaves to the threads' slots
                int own = ownedByCollector + (collectorHeld != null && collectorHeld[i] ? 1 : 0);
                gcRefs[i] = initialRefs(o, c, own, stacks != null);
            }
            PyObject.Visitor subtract = countedEdges(j -> true);
            for (int i = 0; i < n; i++) objects[i].traverse(subtract);
            addStackRefs(stacks, j -> true);
        }

        /**
         * {@code gcRefs} of a candidate before internal references are subtracted: its count
         * less {@code own} references the collector holds, and less the bias of a deferred object
         * (the stack references the bias stands in for are added by the frame scan). Immortal
         * objects and counts a merge queue has yet to settle: never garbage. Deferred objects
         * too when no frame scan can see their stack references.
         */
        private static long initialRefs(PyObject o, long count, int own, boolean stacksScanned) {
            if (count <= 0) return Long.MAX_VALUE / 2;
            if (o.isDeferred()) return stacksScanned ? count - own - 1 : Long.MAX_VALUE / 2;
            return count - own;
        }

        /**
         * Subtracts one from each candidate child (number {@code j}, if {@code include} says so)
         * for every counted reference a traverse reports: a stack reference to a deferred object
         * is not counted, so it is not subtracted (it still keeps the child reachable in
         * {@link #drain}, which follows every reference).
         */
        private PyObject.Visitor countedEdges(java.util.function.IntPredicate include) {
            return new PyObject.Visitor() {
                @Override
                public void visit(PyObject child) {
                    int j = indexOf(child);
                    if (j >= 0 && include.test(j)) gcRefs[j]--;
                }

                @Override
                public void visitStackRef(PyObject child) {
                    if (child != null && !child.isDeferred()) visit(child);
                }
            };
        }

        /**
         * Garbage counted per thread gets its slots folded into its own count and is counted
         * normally from now on: its garbage instances drop their references to it as they are
         * freed, after the world restarts. World stopped, before the collector takes its own
         * references.
         */
        void foldPerThreadCountsOfGarbage() {
            for (var e : perThread.entrySet()) {
                PyObject o = e.getKey();
                if (!isGarbage(o)) continue;
                long[] pt = e.getValue();
                PerThreadRefs.foldWithWorldStopped(o, (int) pt[0], pt[1]);
            }
        }

        /** Adds one to each candidate (if {@code include} says so) that a thread's frames refer to. */
        private void addStackRefs(StackRoots.Scanner stacks, java.util.function.IntPredicate include) {
            if (stacks == null) return;
            PyObject.Visitor add = child -> {
                int j = indexOf(child);
                if (j >= 0 && include.test(j)) gcRefs[j]++;
            };
            for (ThreadState t : ThreadRegistry.registered()) stacks.visitRoots(t, add);
        }

        /**
         * How many of the garbage objects reference counting alone could not have freed: the
         * ones in a cycle or reachable from one. An unreachable deferred object that no garbage
         * refers to (a function nothing uses any more) is garbage only because its bias kept it:
         * CPython's default build frees it, and what it alone holds, the moment its count drops,
         * and its {@code gc.collect()} does not count them. So the count does not either
         * (simulating that cascade over the garbage); they are freed all the same. Nor does it count
         * objects that are not separate objects in CPython ({@link PyObject#countedWhenCollected}).
         * World stopped.
         */
        long cyclicGarbageCount() {
            if (garbage.isEmpty()) return 0;
            int[] in = new int[n];
            PyObject.Visitor countIn = new PyObject.Visitor() {
                @Override
                public void visit(PyObject child) {
                    int j = indexOf(child);
                    if (j >= 0 && !reachable[j]) in[j]++;
                }

                @Override
                public void visitStackRef(PyObject child) {
                    if (child != null && !child.isDeferred()) visit(child);
                }
            };
            for (PyObject o : garbage) o.traverse(countIn);
            ArrayDeque<PyObject> freedByCounting = new ArrayDeque<>();
            for (PyObject o : garbage) if (in[indexOf(o)] == 0) freedByCounting.push(o);
            PyObject.Visitor release = new PyObject.Visitor() {
                @Override
                public void visit(PyObject child) {
                    int j = indexOf(child);
                    if (j >= 0 && !reachable[j] && --in[j] == 0) freedByCounting.push(child);
                }

                @Override
                public void visitStackRef(PyObject child) {
                    if (child != null && !child.isDeferred()) visit(child);
                }
            };
            boolean[] acyclic = new boolean[n];
            while (!freedByCounting.isEmpty()) {
                PyObject o = freedByCounting.pop();
                acyclic[indexOf(o)] = true;
                o.traverse(release);
            }
            long count = 0;
            for (PyObject o : garbage) if (!acyclic[indexOf(o)] && o.countedWhenCollected()) count++;
            return count;
        }

        /** Step 4: everything reachable from a candidate with outside references. */
        void markFromRoots() {
            ArrayDeque<PyObject> work = new ArrayDeque<>();
            for (int i = 0; i < n; i++) {
                if (gcRefs[i] > 0) {
                    reachable[i] = true;
                    work.push(objects[i]);
                }
            }
            drain(work);
            List<PyObject> g = new ArrayList<>();
            for (int i = 0; i < n; i++) if (!reachable[i]) g.add(objects[i]);
            garbage = g;
        }

        private void drain(ArrayDeque<PyObject> work) {
            while (!work.isEmpty()) {
                work.pop().traverse(child -> {
                    int j = indexOf(child);
                    if (j >= 0 && !reachable[j]) {
                        reachable[j] = true;
                        work.push(child);
                    }
                });
            }
        }

        /** Whether the collection found {@code o} unreachable: while numbered, or after {@link #release} until {@link #forgetGarbage}. */
        boolean isGarbage(PyObject o) {
            if (numbered) {
                int j = indexOf(o);
                return j >= 0 && !reachable[j];
            }
            return (o.lpGcBits() & PyObject.GC_COLLECTING) != 0;
        }

        /** The garbage as found by the first look (the collector holds one reference to each). */
        List<PyObject> garbage() {
            return garbage;
        }

        /**
         * Step 7, world stopped: within {@code current} (garbage the collector holds one reference
         * to each of), the objects nothing outside refers to any more (a finalizer may have stored
         * one somewhere): {@code current} numbered as a graph of its own, the collector's
         * reference counted out.
         */
        static List<PyObject> withoutResurrected(List<PyObject> current, ToLongFunction<PyObject> countRule) {
            Graph h = of(current, countRule);
            try {
                h.computeExternalRefs(1);
                h.markFromRoots();
                return h.garbage;
            } finally {
                h.release(true);
            }
        }
    }
}
