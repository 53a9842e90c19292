package skein.gc;

import skein.metrics.ThreadCounters;

/**
 * The per-object mutex of free-threaded CPython ({@code PyMutex}, {@code Python/lock.c}) over
 * the {@code mutex} byte of a {@link PyObject} header. Two bits:
 * {@link #LOCKED} and {@link #HAS_PARKED} (some thread may be waiting in the {@link ParkingLot}),
 * and a third, {@link #BIASED}, in the byte of an object whose owner may run sections on it
 * without locking ({@link BiasedSections}): the slow path of every other lock clears it first.
 * The owner's own lock, while its bias holds, keeps it ({@code BIASED -> BIASED|LOCKED}, and the
 * unlock back to {@code BIASED}), so that one section the owner has to lock for (one that may
 * run Python code) does not cost all its later ones their elision; another thread finding
 * {@code BIASED|LOCKED} clears the bit (a pause first, as always) and then waits as for any
 * locked byte.
 *
 * <h2>Protocol</h2>
 * <ul>
 *   <li><b>lock</b>: CAS {@code 0 -> LOCKED} (the fast path, a single CAS). If that fails:
 *       while the byte is unlocked, CAS in {@code LOCKED} (keeping {@code HAS_PARKED}); while it is
 *       locked and nobody is parked yet, spin {@value #SPIN_LIMIT} times ({@link Thread#onSpinWait});
 *       then CAS in {@code HAS_PARKED} and park on the object, having the parking lot re-check
 *       under its bucket monitor that the byte is still {@code LOCKED|HAS_PARKED}. Once someone
 *       parked, newcomers do not spin (they would only barge ahead of the parked thread).</li>
 *   <li><b>unlock</b>: CAS {@code LOCKED -> 0}. If {@code HAS_PARKED} is set, take the bucket
 *       monitor, dequeue the first waiter and, still under the monitor, store the new byte:
 *       normally {@code 0} (plus {@code HAS_PARKED} if more waiters remain) and the woken thread
 *       competes again; but if the waiter has been parked for more than
 *       {@value #FAIR_AFTER_NANOS} ns the byte stays {@code LOCKED} and the lock is handed to it
 *       directly (CPython's fairness rule), so a parked thread cannot be starved forever by
 *       barging newcomers.</li>
 * </ul>
 * While {@code HAS_PARKED} is set nobody but the unlocker changes the byte (a locker only
 * CASes from an unlocked byte or adds a bit already present), so the unlocker's plain store
 * under the monitor loses no update.
 *
 * <h2>Not reentrant</h2>
 * The byte records no owner: a thread that locks a mutex it already holds waits for itself
 * forever ({@link #lock(PyObject, ThreadState)} does not detect it). Nesting on the same object
 * is the business of {@link CriticalSection}, which knows which objects its thread holds. Any
 * thread may unlock (the jcstress harnesses unlock from another actor); unlocking an unlocked
 * mutex throws {@link IllegalMonitorStateException}.
 *
 * <h2>Blocking with critical sections</h2>
 * {@link #lock(PyObject, ThreadState)}, before it parks, suspends every active critical section
 * of {@code ts} ({@link CriticalSection#suspendAll}), as CPython's {@code PyMutex_Lock} detaches
 * the thread: a thread never sleeps while holding the mutexes of its sections, which is what
 * makes sections deadlock-free. Mutexes locked outside sections stay held.
 *
 * <h2>Counters</h2>
 * With a thread state, every acquisition counts once in {@link ThreadCounters}: {@code mutexFast}
 * (first CAS), {@code mutexContended} (slow path, never parked) or {@code mutexParked}.
 */
public final class PyMutex {
    private PyMutex() {}

    public static final byte UNLOCKED = 0;
    public static final byte LOCKED = 1;
    public static final byte HAS_PARKED = 2;
    /** The owner may be in a section without the mutex: {@link BiasedSections#revoke} before locking. */
    public static final byte BIASED = 4;

    /** Spins before parking (CPython: 40 {@code sched_yield}s). */
    static final int SPIN_LIMIT = 40;
    /** A waiter parked for longer than this gets the lock handed over (CPython: 1 ms). */
    static final long FAIR_AFTER_NANOS = 1_000_000L;

    /** One CAS {@code 0 -> LOCKED}; no counting, never waits. */
    public static boolean tryLock(PyObject o) {
        return o.casMutex(UNLOCKED, LOCKED);
    }

    /** Whether the mutex is locked at this instant (a racy snapshot: tests and assertions). */
    public static boolean isLocked(PyObject o) {
        return (o.lvMutex() & LOCKED) != 0;
    }

    /** Locks without a thread state: no counters, no suspension of critical sections. */
    public static void lock(PyObject o) {
        if (!tryLock(o)) lockSlow(o, null);
    }

    /**
     * Locks, counting in {@code ts}'s counters; if it has to park, first suspends {@code ts}'s
     * active critical sections. {@code ts} must be the current thread's state (or null).
     */
    public static void lock(PyObject o, ThreadState ts) {
        if (tryLock(o)) {
            if (ThreadCounters.ENABLED && ts != null) ts.counters.mutexFast++;
            return;
        }
        lockSlow(o, ts);
    }

    /** The contended path, after the fast CAS failed. */
    static void lockSlow(PyObject o, ThreadState ts) {
        long t0 = ThreadCounters.ENABLED && ts != null ? System.nanoTime() : 0;
        int spins = 0;
        boolean parked = false;
        long fairAfter = 0;
        for (;;) {
            byte v = o.lvMutex();
            if ((v & BIASED) != 0) {
                if (v == BIASED && BiasedSections.ownerKeepsBias(o, ts)) {
                    // The owner locks for a section it could not run without the mutex; its
                    // bias stays for the sections after it (the unlock restores BIASED).
                    if (!o.casMutex(BIASED, (byte) (BIASED | LOCKED))) continue;
                    if (ThreadCounters.ENABLED) ts.counters.mutexFast++;
                    return;
                }
                BiasedSections.revoke(o, ts);
                continue;
            }
            if ((v & LOCKED) == 0) {
                if (o.casMutex(v, (byte) (v | LOCKED))) break;
                continue;
            }
            if ((v & HAS_PARKED) == 0 && spins < SPIN_LIMIT) {
                spins++;
                Thread.onSpinWait();
                continue;
            }
            if (ts != null && CriticalSection.hasActive(ts)) {
                // About to sleep: release the sections' mutexes first (CPython detaches here),
                // then retry: the mutex we want may be one we just released.
                CriticalSection.suspendAll(ts);
                continue;
            }
            if ((v & HAS_PARKED) == 0 && !o.casMutex(v, (byte) (v | HAS_PARKED))) continue;
            if (fairAfter == 0) fairAfter = System.nanoTime() + FAIR_AFTER_NANOS;
            // A parked thread must not hold up a stop-the-world pause (or, under the GIL, everyone):
            // it parks detached, as CPython's _PY_LOCK_DETACH does. Its sections are already suspended.
            boolean detach = ts != null && ts.isAttached();
            if (detach) ts.detachAs(ThreadState.DETACHED);
            int r;
            try {
                r = ParkingLot.park(o, () -> o.lvMutex() == (LOCKED | HAS_PARKED), fairAfter);
            } finally {
                if (detach) ts.attachKeepingSections();
            }
            if (r >= 0) parked = true;
            if (r == ParkingLot.HANDED_OFF) break; // the unlocker left it LOCKED for us
            spins = 0;
        }
        if (ThreadCounters.ENABLED && ts != null) {
            if (parked) ts.counters.mutexParked++;
            else ts.counters.mutexContended++;
            long waited = System.nanoTime() - t0;
            ts.counters.mutexWaitNanos += waited;
            if (waited > ts.counters.mutexWaitMaxNanos) ts.counters.mutexWaitMaxNanos = waited;
            if (ThreadCounters.HOT) ts.counters.contendedLock(o, waited, o.lpOwner());
        }
    }

    /** Unlocks; wakes (or hands the lock to) one parked waiter if there is one. */
    public static void unlock(PyObject o) {
        if (o.casMutex(LOCKED, UNLOCKED)) return;
        unlockSlow(o);
    }

    private static final ParkingLot.Unparker MUTEX_UNPARK = (key, w, more) -> {
        PyObject o = (PyObject) key;
        byte v = UNLOCKED;
        int state = ParkingLot.WOKEN;
        if (w != null && System.nanoTime() - w.fairAfter > 0) {
            v |= LOCKED;
            state = ParkingLot.HANDED_OFF;
        }
        if (more) v |= HAS_PARKED;
        o.soMutex(v);
        return state;
    };

    private static void unlockSlow(PyObject o) {
        for (;;) {
            byte v = o.lvMutex();
            if ((v & LOCKED) == 0) throw new IllegalMonitorStateException("unlock of an unlocked PyMutex on " + o.typeName());
            if ((v & HAS_PARKED) != 0) {
                ParkingLot.unparkOne(o, MUTEX_UNPARK);
                return;
            }
            if (o.casMutex(v, (byte) (v & ~LOCKED))) return;
        }
    }

    /** Threads parked on {@code o}'s mutex (tests). */
    static int parkedWaiters(PyObject o) {
        return ParkingLot.waiters(o);
    }
}
