package skein.gc;

import skein.metrics.ThreadCounters;

/**
 * Per-object critical sections, as in free-threaded CPython ({@code Python/critical_section.c},
 * {@code Include/internal/pycore_critical_section.h}): the interpreter brackets one operation on a
 * mutable builtin (list, dict, set, instance dict) with {@link #begin}/{@link #end}, or an
 * operation on two with {@link #begin2}/{@link #end2}; each section locks the objects'
 * {@link PyMutex}es.
 *
 * <h2>The stack</h2>
 * Each {@link ThreadState} keeps a stack of its sections ({@link Stack}); the innermost is on
 * top. The active sections are always a top segment of the stack: a suspension makes all of
 * them inactive at once, and only the top one is ever resumed.
 *
 * <h2>Suspension: why sections cannot deadlock</h2>
 * Before the thread blocks (waits on a Python lock, joins, sleeps, does I/O, or parks in a
 * contended {@link PyMutex#lock(PyObject, ThreadState)} of its own) it calls {@link #suspendAll},
 * which unlocks every mutex its active sections hold and marks them inactive. So a thread
 * never <em>sleeps</em> holding a section's mutex, and no cycle "A holds x and sleeps waiting
 * for y, B holds y and sleeps waiting for x" can form. The only mutexes held while sleeping are
 * the first of a pair while {@link #begin2} (or a resume) waits for the second, and pairs are
 * always locked in one global order (identity hash, with a global tie-breaker mutex for equal
 * hashes), so those cannot form a cycle either.
 *
 * <p>When the thread is running again it calls {@link #resume}, which re-locks the <em>top</em>
 * section's objects (the section whose code is about to continue). Outer sections stay
 * suspended until the sections above them {@link #end}; {@code end} resumes the new top if it is
 * inactive, so the code of an outer section never continues without its locks. This is the
 * "lazy" part: a section is re-locked only when its code runs again.
 *
 * <h2>What a section guarantees</h2>
 * Exclusion against other threads' sections on the same object <em>only while the thread does
 * not block</em>. If anything inside the section may block (or may begin a section that has to
 * park), another thread may run a section on the object meanwhile: code must re-validate what it
 * read before the blocking point (CPython has the same rule). In particular, running arbitrary
 * Python code ({@code __eq__}) inside a section does not deadlock but does not keep the
 * exclusion either.
 *
 * <h2>Nesting on the same object</h2>
 * {@link PyMutex} is not reentrant, but sections may nest: if an object is already locked by an
 * <em>active</em> section of this thread, a new section on it locks nothing and just covers it
 * (CPython 3.14 skips the lock when the top section holds the mutex; Skein checks every active
 * section, a handful at most). If the object is held only by a <em>suspended</em> section, the
 * new section locks it normally. A covering section that is later suspended and resumed locks
 * the object itself, and {@code end} unlocks exactly what the section locked.
 *
 * <h2>Threads</h2>
 * Every method must be called by the thread that owns {@code ts}; {@code end} must match the
 * last {@code begin} (LIFO).
 */
public final class CriticalSection {
    private CriticalSection() {}

    private static final byte OWN_A = 1, OWN_B = 2, INACTIVE = 4, TWO = 8;

    /** Taken before both mutexes of a pair whose identity hashes are equal, so that such a pair is ordered too. */
    private static final PyObject TIE = new TieBreaker();

    private static final class TieBreaker extends PyObject {
        TieBreaker() {
            super(); // immortal, no thread state
        }
    }

    /**
     * One thread's stack of sections: parallel arrays, grown by doubling. Entry {@code i} is
     * objects {@code a[i]} and {@code b[i]} ({@code b} null for a one-object section), and
     * {@code flags[i]}: which of them this entry locked itself, whether it is inactive, whether
     * {@link #begin2} made it. Entries at index {@code >= activeFrom} are active.
     */
    static final class Stack {
        PyObject[] a = new PyObject[8];
        PyObject[] b = new PyObject[8];
        byte[] flags = new byte[8];
        int depth;
        int activeFrom;

        void push(PyObject x, PyObject y, byte f) {
            if (depth == flags.length) {
                a = java.util.Arrays.copyOf(a, depth * 2);
                b = java.util.Arrays.copyOf(b, depth * 2);
                flags = java.util.Arrays.copyOf(flags, depth * 2);
            }
            a[depth] = x;
            b[depth] = y;
            flags[depth] = f;
            depth++;
        }

        /** Whether an active section of this thread holds {@code o}'s mutex. */
        boolean covers(PyObject o) {
            for (int i = depth - 1; i >= activeFrom; i--) {
                if (a[i] == o || b[i] == o) return true;
            }
            return false;
        }
    }

    /** Under the GIL sections cost nothing: the global lock already excludes other threads. */
    private static final boolean OFF = RuntimeConfig.GIL;

    /** Begins a section on {@code o}. */
    public static void begin(ThreadState ts, PyObject o) {
        if (OFF) return;
        Stack s = ts.criticalSections;
        if (PyMutex.tryLock(o)) {
            if (ThreadCounters.ENABLED) ts.counters.mutexFast++;
            s.push(o, null, OWN_A);
        } else if (s.covers(o)) {
            s.push(o, null, (byte) 0);
        } else {
            PyMutex.lockSlow(o, ts);
            s.push(o, null, OWN_A);
        }
    }

    /** Ends the innermost section, which {@link #begin} made. */
    public static void end(ThreadState ts) {
        if (OFF) return;
        Stack s = ts.criticalSections;
        if (RuntimeConfig.CHECKING) check(s, false);
        pop(ts, s);
    }

    /**
     * Begins a section on two objects: both at once if both are free, otherwise, where it may
     * have to wait, in a fixed order (identity hash; equal hashes take a global tie-breaker mutex
     * first). {@code a == b} locks once.
     */
    public static void begin2(ThreadState ts, PyObject a, PyObject b) {
        if (OFF) return;
        Stack s = ts.criticalSections;
        if (a == b) {
            if (PyMutex.tryLock(a)) {
                if (ThreadCounters.ENABLED) ts.counters.mutexFast++;
                s.push(a, null, (byte) (OWN_A | TWO));
            } else if (s.covers(a)) {
                s.push(a, null, TWO);
            } else {
                PyMutex.lockSlow(a, ts);
                s.push(a, null, (byte) (OWN_A | TWO));
            }
            return;
        }
        // Try-locks never wait, so taking both in any order cannot deadlock: the fixed order is
        // only needed by the slow path, which may park. Leaving it to the slow path keeps the
        // identity hash (a VM call the first time an object is hashed) off the uncontended path.
        if (PyMutex.tryLock(a)) {
            if (PyMutex.tryLock(b)) {
                if (ThreadCounters.ENABLED) ts.counters.mutexFast += 2;
                s.push(a, b, (byte) (OWN_A | OWN_B | TWO));
                return;
            }
            PyMutex.unlock(a); // the slow path decides what to lock, and in which order
        }
        if (System.identityHashCode(a) > System.identityHashCode(b)) {
            PyObject t = a;
            a = b;
            b = t;
        }
        begin2Slow(ts, s, a, b);
    }

    private static void begin2Slow(ThreadState ts, Stack s, PyObject a, PyObject b) {
        for (;;) {
            boolean ca = s.covers(a), cb = s.covers(b);
            if (ca && cb) {
                s.push(a, b, TWO);
                return;
            }
            if (ca || cb) {
                // One object is held by an active outer section: lock the other one alone.
                PyMutex.lock(ca ? b : a, ts);
                if (s.covers(ca ? a : b)) {
                    s.push(a, b, (byte) ((ca ? OWN_B : OWN_A) | TWO));
                    return;
                }
                // We parked and suspended the outer section, which released the covered object:
                // let go and lock the pair in order.
                PyMutex.unlock(ca ? b : a);
                continue;
            }
            lockPair(ts, a, b);
            s.push(a, b, (byte) (OWN_A | OWN_B | TWO));
            return;
        }
    }

    /** Locks {@code a} then {@code b} ({@code a}'s hash <= {@code b}'s, a != b), under the tie-breaker if the hashes are equal. */
    private static void lockPair(ThreadState ts, PyObject a, PyObject b) {
        if (System.identityHashCode(a) == System.identityHashCode(b)) {
            PyMutex.lock(TIE, ts);
            PyMutex.lock(a, ts);
            PyMutex.lock(b, ts);
            PyMutex.unlock(TIE);
        } else {
            PyMutex.lock(a, ts);
            PyMutex.lock(b, ts);
        }
    }

    /** Ends the innermost section, which {@link #begin2} made. */
    public static void end2(ThreadState ts) {
        if (OFF) return;
        Stack s = ts.criticalSections;
        if (RuntimeConfig.CHECKING) check(s, true);
        pop(ts, s);
    }

    private static void pop(ThreadState ts, Stack s) {
        int i = s.depth - 1;
        if (i < 0) throw new IllegalStateException("CriticalSection.end without begin on " + ts.name);
        byte f = s.flags[i];
        if ((f & INACTIVE) == 0) {
            if ((f & OWN_B) != 0) PyMutex.unlock(s.b[i]);
            if ((f & OWN_A) != 0) PyMutex.unlock(s.a[i]);
        }
        s.a[i] = null;
        s.b[i] = null;
        s.flags[i] = 0;
        s.depth = i;
        if (s.activeFrom > i) s.activeFrom = i;
        // The outer section's code continues now: it must hold its locks again.
        if (i > 0 && s.activeFrom == i) resume(ts);
    }

    private static void check(Stack s, boolean two) {
        if (s.depth == 0) throw new IllegalStateException("critical section end without begin");
        boolean isTwo = (s.flags[s.depth - 1] & TWO) != 0;
        if (isTwo != two) {
            throw new IllegalStateException("critical section begun with " + (isTwo ? "begin2" : "begin")
                    + " ended with " + (two ? "end2" : "end"));
        }
    }

    /** Whether {@code ts} has an active (unsuspended) section. */
    public static boolean hasActive(ThreadState ts) {
        Stack s = ts.criticalSections;
        return s.activeFrom < s.depth;
    }

    /** The number of sections, active or suspended, on {@code ts}'s stack. */
    public static int depth(ThreadState ts) {
        return ts.criticalSections.depth;
    }

    /**
     * Releases every mutex held by {@code ts}'s active sections and marks them suspended. Call
     * before the thread blocks; call {@link #resume} when it runs again. A no-op if none is active.
     */
    public static void suspendAll(ThreadState ts) {
        Stack s = ts.criticalSections;
        if (s.activeFrom >= s.depth) return;
        for (int i = s.depth - 1; i >= s.activeFrom; i--) {
            byte f = s.flags[i];
            if ((f & OWN_B) != 0) PyMutex.unlock(s.b[i]);
            if ((f & OWN_A) != 0) PyMutex.unlock(s.a[i]);
            s.flags[i] = (byte) ((f & TWO) | INACTIVE);
        }
        s.activeFrom = s.depth;
        if (ThreadCounters.ENABLED) ts.counters.csSuspensions++;
    }

    /**
     * Re-locks the objects of the top section if it is suspended (it then owns all of them,
     * even those it only covered before). A no-op if the stack is empty or the top is active.
     * May block, and may not return before the other threads' sections on those objects ended.
     */
    public static void resume(ThreadState ts) {
        Stack s = ts.criticalSections;
        int i = s.depth - 1;
        if (i < 0 || s.activeFrom <= i) return;
        PyObject a = s.a[i], b = s.b[i];
        // Nothing of this thread is active now, so the locks below cannot suspend anything.
        if (b == null) {
            PyMutex.lock(a, ts);
            s.flags[i] = (byte) ((s.flags[i] & TWO) | OWN_A);
        } else {
            lockPair(ts, a, b);
            s.flags[i] = (byte) ((s.flags[i] & TWO) | OWN_A | OWN_B);
        }
        s.activeFrom = i;
    }
}
