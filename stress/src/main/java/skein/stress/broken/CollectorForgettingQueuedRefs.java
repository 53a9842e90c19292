package skein.stress.broken;

import skein.gc.PyObject;

/**
 * BROKEN on purpose: the collector's count rule without the merge-queue correction. The real
 * rule ({@code RefCount.trueCount}) takes one off an object whose shared word is flagged
 * queued, because the flag stands for a non-owner's decref that already happened and waits in
 * the owner's queue, still counted in the owner's local count. Forgetting it counts that
 * dropped reference as a live one from outside: a cycle whose last outside reference was
 * dropped by another thread looks reachable until the owner merges.
 */
final class CollectorForgettingQueuedRefs {
    private CollectorForgettingQueuedRefs() {}

    static long count(PyObject o) {
        int local = o.lpLocal();
        if (local == PyObject.IMMORTAL_LOCAL) return Long.MAX_VALUE;
        long shared = o.lvShared();
        long count = shared >> PyObject.SHARED_SHIFT;
        if ((shared & PyObject.SHARED_FLAG_MASK) == PyObject.SHARED_MERGED) return count;
        return local + count; // the bug: no "- 1" for SHARED_QUEUED
    }
}
