package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;

/**
 * What a weak reference and a weak proxy share (CPython's {@code PyWeakReference}): the referent,
 * which it does not count, the callback, which it does, and its links in the referent's list.
 *
 * <h2>Threads</h2>
 * The referent's list, every reference's links and the callback field are guarded by the
 * referent's stripe lock ({@link WeakRefs#lockFor}), which each reference remembers as
 * {@link #lock}: free-threaded CPython's striped {@code WEAKREF_LIST_LOCK}. Nothing runs under it
 * but list surgery and refcount steps that cannot free anything ({@link RefCount#tryIncref},
 * {@link RefCount#incref}), so it is never held at a safepoint or across Python code.
 *
 * <p>Reading the referent ({@link #get}) takes no lock: it loads {@link #referent} once, takes a
 * reference only if the object is still alive ({@link RefCount#tryIncref}; every weakly referenced
 * object carries the maybe-weakref flag so that this works from any thread,
 * {@link RefCount#setMaybeWeakref}), then checks that the reference still points there. The
 * referent's death clears {@link #referent} before the object could ever be reused, so a
 * successful increment followed by that check proves the object is the live referent.
 */
public abstract class PyWeakReference extends PyObj {
    /** The referent's stripe lock, fixed at creation. */
    final Object lock;
    /** The referent, null once cleared (CPython's {@code Py_None}); written under {@link #lock}. */
    volatile PyObj referent;
    /**
     * The callback (owned), or null: none was given, or it was taken to be called, or dropped.
     * Set before the reference is published, later only cleared, under {@link #lock}.
     */
    PyObj callback;
    /** Neighbours in the referent's list (newest callbacks toward the tail); under {@link #lock}. */
    PyWeakReference prev, next;

    PyWeakReference(ThreadState ts, PyObj referent, PyObj callback) {
        super(ts);
        this.lock = WeakRefs.lockFor(referent);
        this.referent = referent;
        if (callback != null) {
            RefCount.incref(callback, ts);
            this.callback = callback;
        }
        // The referent's clearing thread calls tryIncref on this reference before calling its
        // callback: that must succeed from any thread while the reference lives.
        RefCount.setMaybeWeakref(this);
    }

    /** The referent as a new reference, or null once it died. */
    public final PyObj get(ThreadState ts) {
        PyObj o = referent;
        if (o == null || !RefCount.tryIncref(o, ts)) return null;
        if (referent != o) {
            // cleared between the load and the increment: the reference counted whatever the
            // object is now, and gives it back
            RefCount.decref(o, ts);
            return null;
        }
        return o;
    }

    /** Whether the referent is gone (a racy snapshot). */
    public final boolean isDead() {
        return referent == null;
    }

    /** The callback as a new reference, or null ({@code __callback__}). */
    public final PyObj callback(ThreadState ts) {
        synchronized (lock) {
            PyObj cb = callback;
            if (cb != null) RefCount.incref(cb, ts);
            return cb;
        }
    }

    /** Unlinks from the referent's list and drops the callback: the reference's own death, or the collector's clear. */
    final void release(ThreadState ts) {
        if (referent == null && callback == null) return;
        PyObj cb;
        synchronized (lock) {
            WeakRefs.unlinkLocked(this);
            cb = callback;
            callback = null;
        }
        if (cb != null) RefCount.decref(cb, ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        release(ts);
    }

    @Override
    public void clearForCollector(ThreadState ts) {
        release(ts);
    }

    /** A weak reference holds its callback, never its referent. */
    @Override
    public void traverse(Visitor v) {
        PyObj cb = callback;
        if (cb != null) v.visit(cb);
    }

    /** The referent's type name as CPython's {@code tp_name} gives it, for reprs. */
    static String referentTypeName(PyObj o) {
        return WeakRefs.tpName(o.type());
    }

    /** Hex address for reprs, as {@code id()} shows it. */
    static String address(PyObj o) {
        return "0x" + String.format("%012x", o.identityHash());
    }

    /** The name error messages give the type: CPython's {@code tp_name} ({@code weakref.ReferenceType}). */
    @Override
    public String typeName() {
        return WeakRefs.tpName(type());
    }
}
