package skein.gc;

import skein.metrics.ThreadCounters;

/**
 * Critical sections that an object's owner runs without taking its mutex (Skein's own; CPython
 * 3.14t always locks). Why: {@code self.x = v} on an object only its creating thread ever uses
 * locks and unlocks the instance dictionary's mutex, two atomic compare-and-swaps per store; a
 * method that sets two attributes made the one-thread benchmark {@code private_methods} 15-30%
 * slower than under the GIL, almost all of it those CASes. This is HotSpot's former biased
 * locking, with CPython's safe points doing the revocation.
 *
 * <h2>Protocol</h2>
 * <ul>
 *   <li>An object is made <em>biased</em> before it is published ({@link #bias}): its mutex byte
 *       is {@link PyMutex#BIASED} and it belongs to an {@link BiasGroup} that is on. Only
 *       instance dictionaries (see {@code InstanceDicts}) and lists (see {@code ListBias}) are.</li>
 *   <li>Its owner (the refcount owner, {@link PyObject#lpOwner()}) may run a section on it
 *       without locking ({@link #canElide}) while the byte is exactly {@code BIASED} and the
 *       group is on. Such an elided section must be straight-line Java: no Python code, no
 *       blocking, no eval-breaker check, no other lock (the store of an attribute with a
 *       {@code str} name; a list's store, append or pop). So an elided section never spans a
 *       safe point.</li>
 *   <li>A section the owner cannot run without the mutex (one that may run Python code) locks
 *       it keeping the bias: {@code BIASED -> BIASED|LOCKED}, and back ({@link #ownerKeepsBias}).
 *       Its elided sections meanwhile see a byte that is not exactly {@code BIASED} and lock.</li>
 *   <li>Every other locker finds the {@code BIASED} bit in {@link PyMutex#lockSlow} and calls
 *       {@link #revoke} first. Once the group is off, anyone just clears the bit: nobody can
 *       be in an elided section then. While it is on, another thread stops the world
 *       (having suspended its own sections, as before any wait), turns the group off and
 *       restarts it. With the world stopped every other thread is at a safe point, hence
 *       outside any elided section, and every thread's next check sees the group off, so from
 *       then on the mutex alone decides, as for any object.</li>
 * </ul>
 * Lock-free readers (attribute reads) never lock and never revoke: the owner's elided writes
 * publish exactly as its locked ones do (release stores), so readers see no difference.
 *
 * <p>Off under the GIL (sections cost nothing there) and with the {@code atomic} or
 * {@code plain} policies (no owner); {@code -Dskein.biased.sections=0} turns it off to compare
 * with CPython's always-locking behaviour. Counters: {@code mutexElided} (sections run without
 * the mutex) and {@code biasRevocations} (pauses that turned a group off).
 * {@code skein.stress.cs.CS_05_BiasedSectionVsRevoke} is the proof.
 */
public final class BiasedSections {
    private BiasedSections() {}

    /** The switch: {@code -Dskein.biased.sections=0} turns biasing off. */
    public static final String PROPERTY = "skein.biased.sections";

    /** Whether new objects may be biased in this run. */
    public static final boolean ENABLED = !RuntimeConfig.GIL
            && RuntimeConfig.POLICY == RefcountPolicy.BIASED
            && !"0".equals(System.getProperty(PROPERTY));

    /** Makes {@code o} (new, not yet visible to another thread, unlocked) biased to its owner. */
    public static void bias(PyObject o) {
        o.spMutex(PyMutex.BIASED);
    }

    /**
     * Whether {@code ts} may run a section on {@code o} (of group {@code g}) without its mutex
     * now. Plain reads suffice: the byte and the group change from {@code BIASED} / on only in a
     * pause ({@link #revoke}), which this thread has then passed a safe point of, or by this
     * thread itself.
     */
    public static boolean canElide(PyObject o, BiasGroup g, ThreadState ts) {
        return o.lpMutex() == PyMutex.BIASED && o.lpOwner() == ts.id && g.on;
    }

    /**
     * Begins a section on {@code o} (biased in {@code g}, or null if it never was) whose body runs
     * no Python code, cannot block and takes no other lock: without the mutex when
     * {@link #canElide} allows (counted), else an ordinary {@link CriticalSection#begin}. Returns
     * whether it skipped the mutex, for {@link #end}.
     */
    public static boolean begin(ThreadState ts, PyObject o, BiasGroup g) {
        if (g != null && canElide(o, g, ts)) {
            countElided(ts);
            return true;
        }
        CriticalSection.begin(ts, o);
        return false;
    }

    /** Ends a section {@link #begin} began; {@code elided} is what it returned. */
    public static void end(ThreadState ts, boolean elided) {
        if (!elided) CriticalSection.end(ts);
    }

    /**
     * Whether {@code ts}, locking {@code o} whose byte it saw exactly {@link PyMutex#BIASED}, may
     * lock it keeping the bias ({@code BIASED -> BIASED|LOCKED}): it owns {@code o} and the
     * group is on. Another locker must still revoke; the owner's elided sections see a byte that
     * is not exactly {@code BIASED} while it holds the lock, and lock (nested) instead.
     */
    static boolean ownerKeepsBias(PyObject o, ThreadState ts) {
        if (ts == null || o.lpOwner() != ts.id) return false;
        BiasGroup g = o.biasGroup();
        return g != null && g.on;
    }

    /**
     * Counts an elided section. Kept out of {@link #canElide} so that a caller can count only
     * the sections it really ran without the lock.
     */
    public static void countElided(ThreadState ts) {
        if (ThreadCounters.ENABLED) ts.counters.mutexElided++;
    }

    /**
     * Clears {@link PyMutex#BIASED} from {@code o}'s byte so that it can be locked, first turning
     * its group off in a pause if its owner might be in an elided section. Called by
     * {@link PyMutex#lockSlow} with the byte seen biased; {@code ts} is the locker's state
     * (attached), or null for a thread that has none (then the bit is only cleared if that is
     * safe without a pause).
     */
    static void revoke(PyObject o, ThreadState ts) {
        BiasGroup g = o.biasGroup();
        boolean safe = g == null || !g.on || (ts != null && o.lpOwner() == ts.id);
        if (!safe) {
            if (ts == null) {
                throw new IllegalStateException("locking a biased " + o.typeName() + " needs the thread's state");
            }
            if (StopTheWorld.isStoppedBy(ts)) {
                turnOff(g, ts); // already stopped: every other thread is at a safe point
            } else {
                // A pause may wait: hold no section's mutex meanwhile (as before parking).
                CriticalSection.suspendAll(ts);
                StopTheWorld.stop(ts);
                try {
                    turnOff(g, ts);
                } finally {
                    StopTheWorld.start(ts);
                }
            }
        }
        clearBit(o);
    }

    private static void turnOff(BiasGroup g, ThreadState ts) {
        if (!g.on) return; // another pause got there first
        g.on = false;
        if (ThreadCounters.ENABLED) ts.counters.biasRevocations++;
    }

    private static void clearBit(PyObject o) {
        for (;;) {
            byte v = o.lvMutex();
            if ((v & PyMutex.BIASED) == 0 || o.casMutex(v, (byte) (v & ~PyMutex.BIASED))) return;
        }
    }
}
