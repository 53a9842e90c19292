package skein.stress.broken;

import skein.gc.PyMutex;
import skein.gc.PyObject;

/**
 * DELIBERATELY BROKEN per-object mutex, for the harness that must fail: lock waits until the
 * byte reads unlocked and then stores {@code LOCKED} with a separate write instead of one CAS,
 * so two threads that both saw it unlocked both "acquire" it. Unlock is a plain release store.
 * Never use outside this package.
 */
public final class MutexWithoutCas {
    private MutexWithoutCas() {}

    public static void lock(PyObject o) {
        while (o.lvMutex() != PyMutex.UNLOCKED) Thread.onSpinWait();
        o.soMutex(PyMutex.LOCKED); // BROKEN: check-then-act, not a CAS
    }

    public static void unlock(PyObject o) {
        o.soMutex(PyMutex.UNLOCKED);
    }
}
