package skein.gc;

import skein.metrics.ThreadCounters;

import static skein.gc.PyObject.IMMORTAL_LOCAL;

/**
 * One non-atomic count in {@code localRef}: CPython's classic design, correct only while a
 * global lock (GIL mode) serialises every thread. Two threads using it on one object
 * without that lock lose updates; the demo and the broken-variant harness show it.
 */
public final class PlainRefCount {
    private PlainRefCount() {}

    static void initNew(PyObject o, ThreadState ts) {
        o.spOwner(ts.id);
        o.spLocal(1);
        o.spShared(0);
    }

    public static void incref(PyObject o, ThreadState ts) {
        int local = o.lpLocal();
        if (local == IMMORTAL_LOCAL) {
            if (ThreadCounters.ENABLED) ts.counters.increfImmortal++;
            return;
        }
        if (RuntimeConfig.CHECKING) Checks.beforeIncref(o, ts);
        o.spLocal(local + 1);
        if (ThreadCounters.ENABLED) ts.counters.increfLocal++;
    }

    /**
     * Under the GIL no other thread runs between the load and this increment, so a positive
     * count is proof of life; 0 means freed.
     */
    public static boolean tryIncref(PyObject o, ThreadState ts) {
        int local = o.lpLocal();
        if (local == IMMORTAL_LOCAL) {
            if (ThreadCounters.ENABLED) ts.counters.increfImmortal++;
            return true;
        }
        if (RuntimeConfig.CHECKING) ts.checkUsable("tryIncref", o);
        if (local <= 0) return false;
        o.spLocal(local + 1);
        if (ThreadCounters.ENABLED) ts.counters.increfLocal++;
        return true;
    }

    public static void decref(PyObject o, ThreadState ts) {
        int local = o.lpLocal();
        if (local == IMMORTAL_LOCAL) {
            if (ThreadCounters.ENABLED) ts.counters.decrefImmortal++;
            return;
        }
        if (RuntimeConfig.CHECKING) {
            Checks.beforeDecref(o, ts);
            if (local <= 0) throw new RefcountError("decref", o, "negative count " + (local - 1));
        }
        o.spLocal(local - 1);
        if (ThreadCounters.ENABLED) ts.counters.decrefLocal++;
        if (local == 1) Dealloc.dealloc(o, ts);
    }
}
