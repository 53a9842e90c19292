package skein.interpreter.objects;

import skein.gc.PyObject;
import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Unraisable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The weak-reference lists (CPython's {@code Objects/weakrefobject.c}): making references and
 * proxies, and clearing them when the referent dies — by its count ({@link #clearOnDeath}, from
 * deallocation) or as cyclic garbage ({@link #collectorClear}, the collector's
 * {@link skein.gc.WeakRefHooks.Clearer}).
 *
 * <h2>The list</h2>
 * A referent's references form a doubly linked list in CPython's order: the basic reference
 * ({@code ref(o)} without callback, shared by every such call) at the head, then the basic proxy,
 * then the others newest first. Clearing walks it from the head, so callbacks run newest first.
 *
 * <h2>Locks</h2>
 * Each list is guarded by one of {@link #STRIPES} locks chosen by the referent's identity hash
 * (free-threaded CPython stripes its weakref locks by address the same way). Under the lock
 * only links, the callback field and refcount steps that free nothing are touched; callbacks
 * run after it is released.
 */
public final class WeakRefs {
    private WeakRefs() {}

    private static final int STRIPES = 64;
    private static final Object[] LOCKS = new Object[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) LOCKS[i] = new Object();
    }

    /** The lock guarding {@code o}'s weak-reference list. */
    static Object lockFor(PyObj o) {
        int h = System.identityHashCode(o);
        return LOCKS[(h ^ (h >>> 16)) & (STRIPES - 1)];
    }

    /** CPython's {@code tp_name}: a class's name, or a builtin type's dotted name ({@code weakref.ProxyType}). */
    public static String tpName(PyType t) {
        return t.isHeapType() ? t.name() : t.qualname();
    }

    private static Weakrefable checkReferent(PyThreadState ts, PyObj o) {
        if (o instanceof Weakrefable w && w.weakrefSupported()) return w;
        throw Exceptions.typeError(ts, "cannot create weak reference to '" + tpName(o.type()) + "' object");
    }

    // ==== making ====

    /**
     * {@code cls(o, callback)} for {@code weakref.ref} or a subclass (a new reference). Without a
     * callback, {@code ref(o)} returns the basic reference if one lives.
     */
    public static PyWeakRef newRef(PyThreadState ts, PyType cls, PyObj o, PyObj callback) {
        Weakrefable w = checkReferent(ts, o);
        if (callback == PyNone.NONE) callback = null;
        boolean basic = cls == PyWeakRef.TYPE && callback == null;
        synchronized (lockFor(o)) {
            PyWeakReference head = w.weakrefHead();
            PyWeakReference ref = basicRef(head), proxy = basicProxy(head);
            // A basic reference whose count already reached zero is on its way out: make another.
            if (basic && ref != null && RefCount.tryIncref(ref, ts)) return (PyWeakRef) ref;
            PyWeakRef r = new PyWeakRef(ts, cls, o, callback);
            if (basic) insertHead(w, r);
            else insertAfter(w, proxy != null ? proxy : ref, r);
            RefCount.setMaybeWeakref(o);
            return r;
        }
    }

    /** {@code weakref.proxy(o, callback)} (a new reference); without a callback, the basic proxy if one lives. */
    public static PyWeakProxy newProxy(PyThreadState ts, PyObj o, PyObj callback) {
        Weakrefable w = checkReferent(ts, o);
        if (callback == PyNone.NONE) callback = null;
        boolean callable = Ops.isCallable(o);
        synchronized (lockFor(o)) {
            PyWeakReference head = w.weakrefHead();
            PyWeakReference ref = basicRef(head), proxy = basicProxy(head);
            if (callback == null && proxy != null && RefCount.tryIncref(proxy, ts)) return (PyWeakProxy) proxy;
            PyWeakProxy p = callable ? new PyWeakProxy.Callable(ts, o, callback) : new PyWeakProxy(ts, o, callback);
            insertAfter(w, callback == null ? ref : (proxy != null ? proxy : ref), p);
            RefCount.setMaybeWeakref(o);
            return p;
        }
    }

    /** CPython's {@code get_basic_refs}: the exact {@code ref} without callback at the head, if any. */
    private static PyWeakReference basicRef(PyWeakReference head) {
        if (head != null && head.callback == null && head instanceof PyWeakRef && head.type() == PyWeakRef.TYPE) return head;
        return null;
    }

    /** The proxy without callback at the head or right after the basic reference, if any. */
    private static PyWeakReference basicProxy(PyWeakReference head) {
        if (head == null || head.callback != null) return null;
        PyWeakReference p = basicRef(head) != null ? head.next : head;
        return p instanceof PyWeakProxy && p.callback == null ? p : null;
    }

    private static void insertHead(Weakrefable w, PyWeakReference r) {
        PyWeakReference head = w.weakrefHead();
        r.prev = null;
        r.next = head;
        if (head != null) head.prev = r;
        w.setWeakrefHead(r);
    }

    private static void insertAfter(Weakrefable w, PyWeakReference prev, PyWeakReference r) {
        if (prev == null) {
            insertHead(w, r);
            return;
        }
        r.prev = prev;
        r.next = prev.next;
        if (prev.next != null) prev.next.prev = r;
        prev.next = r;
    }

    /** Takes {@code r} out of its referent's list and clears it; the caller holds {@code r.lock}. */
    static void unlinkLocked(PyWeakReference r) {
        PyObj o = r.referent;
        if (o == null) return;
        if (r.prev != null) r.prev.next = r.next;
        else ((Weakrefable) o).setWeakrefHead(r.next);
        if (r.next != null) r.next.prev = r.prev;
        r.prev = r.next = null;
        r.referent = null;
    }

    // ==== inspecting ====

    /** {@code weakref.getweakrefcount(o)}. */
    public static int count(PyObj o) {
        if (!(o instanceof Weakrefable w) || w.weakrefHead() == null) return 0;
        int n = 0;
        synchronized (lockFor(o)) {
            for (PyWeakReference r = w.weakrefHead(); r != null; r = r.next) n++;
        }
        return n;
    }

    /** {@code weakref.getweakrefs(o)}: the live references, in list order (new references). */
    public static List<PyObj> list(ThreadState ts, PyObj o) {
        List<PyObj> out = new ArrayList<>();
        if (!(o instanceof Weakrefable w) || w.weakrefHead() == null) return out;
        synchronized (lockFor(o)) {
            for (PyWeakReference r = w.weakrefHead(); r != null; r = r.next) {
                if (RefCount.tryIncref(r, ts)) out.add(r);
            }
        }
        return out;
    }

    // ==== clearing ====

    /**
     * The referent {@code o} died by its count (from {@link skein.gc.PyObject#clearWeakRefs}, after
     * its finalizer): every reference is cleared, then the callbacks of those that still live are
     * called, newest first, each with its reference. A reference whose own count reached zero
     * meanwhile is cleared but not called back; its own deallocation drops its callback.
     */
    public static void clearOnDeath(Weakrefable w, ThreadState ts) {
        if (w.weakrefHead() == null) return;
        List<PyObj> calls = detachAll(w, null, ts);
        if (calls == null) return;
        if (ts instanceof PyThreadState pts) {
            runCallbacks(pts, calls);
        } else {
            // Freed by a thread state that cannot run Python code (the helper an exiting thread
            // drains its last merge-queue stragglers with): the callbacks are dropped uncalled.
            for (PyObj x : calls) RefCount.decref(x, ts);
        }
    }

    /**
     * The collector's clearer ({@link skein.gc.WeakRefHooks}), called with the world stopped for
     * each unreachable object: clears its references at once and returns what calls the callbacks
     * of those that are not garbage themselves, or null.
     */
    public static Runnable collectorClear(PyObject o, Predicate<PyObject> isGarbage, ThreadState ts) {
        if (!(o instanceof Weakrefable w) || w.weakrefHead() == null) return null;
        List<PyObj> calls = detachAll(w, isGarbage, ts);
        if (calls == null) return null;
        PyThreadState runner = ts instanceof PyThreadState p ? p : PyThreadState.current();
        return () -> runCallbacks(runner, calls);
    }

    /**
     * Empties the list; returns (reference, callback) pairs to call, each holding a reference the
     * caller drops, or null when there is none.
     */
    private static List<PyObj> detachAll(Weakrefable w, Predicate<PyObject> isGarbage, ThreadState ts) {
        List<PyObj> calls = null;
        synchronized (lockFor((PyObj) w)) {
            PyWeakReference r = w.weakrefHead();
            w.setWeakrefHead(null);
            while (r != null) {
                PyWeakReference next = r.next;
                r.prev = r.next = null;
                r.referent = null;
                PyObj cb = r.callback;
                if (cb != null && (isGarbage == null || !isGarbage.test(r)) && RefCount.tryIncref(r, ts)) {
                    r.callback = null;
                    if (calls == null) calls = new ArrayList<>();
                    calls.add(r);
                    calls.add(cb);
                }
                r = next;
            }
        }
        return calls;
    }

    private static void runCallbacks(PyThreadState ts, List<PyObj> calls) {
        for (int i = 0; i < calls.size(); i += 2) {
            PyObj r = calls.get(i), cb = calls.get(i + 1);
            try {
                RefCount.decref(Ops.call(ts, cb, r), ts);
            } catch (PyException e) {
                Unraisable.report(ts, e, "Exception ignored in: " + safeRepr(ts, cb));
            } finally {
                RefCount.decref(cb, ts);
                RefCount.decref(r, ts);
            }
        }
    }

    private static String safeRepr(PyThreadState ts, PyObj o) {
        try {
            return Ops.reprString(ts, o);
        } catch (PyException e) {
            e.release(ts);
            return "<object repr() failed>";
        }
    }
}
