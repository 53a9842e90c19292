package skein.stress.broken;

import skein.gc.BiasedRefCount;
import skein.gc.PyObject;
import skein.gc.ThreadState;

/**
 * DELIBERATELY BROKEN biased reference counting, for the harness that must fail: a
 * non-owner's incref reads the shared word and writes it back plus one with plain accesses
 * instead of one atomic add, so two non-owners incrementing at once can lose an increment.
 * Decref is the real {@link BiasedRefCount#decref}. Never use outside this package.
 */
public final class NonAtomicSharedIncref {
    private NonAtomicSharedIncref() {}

    public static void incref(PyObject o, ThreadState ts) {
        int local = o.lpLocal();
        if (local == PyObject.IMMORTAL_LOCAL) return;
        if (o.lpOwner() == ts.id) {
            o.spLocal(local + 1);
        } else {
            o.spShared(o.lpShared() + PyObject.SHARED_ONE); // BROKEN: not atomic
        }
    }

    public static void decref(PyObject o, ThreadState ts) {
        BiasedRefCount.decref(o, ts);
    }
}
