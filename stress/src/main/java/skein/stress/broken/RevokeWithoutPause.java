package skein.stress.broken;

import skein.gc.CriticalSection;
import skein.gc.PyMutex;
import skein.gc.PyObject;
import skein.gc.ThreadState;

/**
 * DELIBERATELY BROKEN revocation of a biased object, for the harness that must fail: the
 * non-owner just clears the {@link PyMutex#BIASED} bit with a CAS and locks, without stopping
 * the world, so an owner already inside its lock-free section keeps running it. Never use
 * outside this package.
 */
public final class RevokeWithoutPause {
    private RevokeWithoutPause() {}

    public static void begin(ThreadState ts, PyObject o) {
        byte v;
        while (((v = o.lvMutex()) & PyMutex.BIASED) != 0) {
            o.casMutex(v, (byte) (v & ~PyMutex.BIASED)); // BROKEN: the owner may be mid-section
        }
        CriticalSection.begin(ts, o);
    }
}
