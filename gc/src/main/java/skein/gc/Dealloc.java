package skein.gc;

import skein.metrics.ThreadCounters;

/**
 * Deallocation: exactly once, when an object's logical count reaches zero.
 *
 * <p>Freeing drops the object's own references, which may free its children, and theirs:
 * done recursively, a million-long chain would overflow the Java stack (CPython's
 * "trashcan" problem). Instead each dying object is pushed on the thread's dealloc stack and
 * only the outermost call runs the loop; a nested free just pushes and returns.
 */
public final class Dealloc {
    private Dealloc() {}

    static void dealloc(PyObject o, ThreadState ts) {
        byte bits = o.lpGcBits();
        if ((bits & PyObject.GC_LEAF) != 0) {
            // nothing to finalize, clear or recycle: mark it and count it
            if (RuntimeConfig.CHECKING) {
                if ((o.orGcBits(PyObject.GC_FREED) & PyObject.GC_FREED) != 0) throw new RefcountError("dealloc", o, "double free");
            } else {
                o.spGcBits((byte) (bits | PyObject.GC_FREED));
            }
            if (ThreadCounters.ENABLED) ts.counters.deallocs++;
            if (RuntimeConfig.TALLY) ts.counters.freed(o.typeId());
            return;
        }
        if (o.hasFinalizer() && (o.lpGcBits() & PyObject.GC_FINALIZED) == 0 && (o.lpGcBits() & PyObject.GC_FREED) == 0) {
            // CPython's PyObject_CallFinalizerFromDealloc: revive with one reference held here, run the
            // finalizer once, then drop that reference; if the finalizer stored the object, it lives on.
            o.orGcBits(PyObject.GC_FINALIZED);
            RefCount.reviveForFinalizer(o, ts);
            o.finalizeObject(ts);
            RefCount.dropRevival(o, ts);
            return;
        }
        if (RuntimeConfig.CHECKING) {
            byte before = o.orGcBits(PyObject.GC_FREED);
            if ((before & PyObject.GC_FREED) != 0) {
                throw new RefcountError("dealloc", o, "double free");
            }
        } else {
            o.spGcBits((byte) (o.lpGcBits() | PyObject.GC_FREED));
        }
        if (RuntimeConfig.CHECKING) DeferredObjects.remove(o);
        if ((o.lpGcBits() & PyObject.GC_TRACKED) != 0 && --ts.gcPendingAllocations <= -Collector.FLUSH_EVERY) {
            Collector.noteAllocations(ts); // frees count against allocations, as CPython's young count
        }
        if (ThreadCounters.ENABLED) ts.counters.deallocs++;
        if (RuntimeConfig.TALLY) ts.counters.freed(o.typeId());
        if (!ts.pushDealloc(o)) return; // an outer dealloc loop on this thread will clear it
        try {
            PyObject next;
            while ((next = ts.popDealloc()) != null) {
                // CPython's subtype_dealloc order: finalizer (above), weak references and their
                // callbacks, then the object's own references.
                next.clearWeakRefs(ts);
                next.clearReferences(ts);
                int kind = next.freelistKind();
                if (kind >= 0) ts.freelists.put(kind, next, ts); // pending until QSBR allows reuse
            }
        } finally {
            ts.endDeallocLoop();
        }
    }
}
