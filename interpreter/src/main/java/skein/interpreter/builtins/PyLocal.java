package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code _thread._local} ({@code threading.local}): an object whose attribute dictionary is
 * different in every thread. Each thread's dictionary is made on its first use there; for a
 * subclass with its own {@code __init__}, that first use in a new thread runs {@code __init__}
 * again with the constructor's arguments, as CPython does.
 *
 * <p>A dictionary dies with whichever comes first: its thread (an exit action registered on
 * the thread state) or the local object. Both remove the entry from {@link #dicts} and only
 * the one whose remove succeeded drops the reference, so none is dropped twice or kept.
 */
public final class PyLocal extends PyObj implements skein.interpreter.objects.Weakrefable {
    /** Weak references to this object (skein.interpreter.objects.WeakRefs), newest first; null when none. */
    private volatile skein.interpreter.objects.PyWeakReference weakrefs;

    @Override
    public skein.interpreter.objects.PyWeakReference weakrefHead() {
        return weakrefs;
    }

    @Override
    public void setWeakrefHead(skein.interpreter.objects.PyWeakReference head) {
        weakrefs = head;
    }

    @Override
    protected void clearWeakRefs(skein.gc.ThreadState ts) {
        skein.interpreter.objects.WeakRefs.clearOnDeath(this, ts);
    }

    public static final PyType TYPE = Types.builtin("_local", Types.OBJECT);

    static {
        TYPE.setQualname("_thread._local");
    }

    private final PyType type;
    private final ConcurrentHashMap<PyThreadState, PyDict> dicts = new ConcurrentHashMap<>();
    /** The constructor's arguments (owned), replayed to {@code __init__} in other threads; null if none. */
    private PyObj[] initArgs;
    private PyStr[] initKwnames;

    PyLocal(ThreadState ts, PyType type) {
        super(ts);
        this.type = type;
        PyType.increfForInstance(type, ts);
    }

    void setInitArgs(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        for (PyObj a : args) RefCount.incref(a, ts);
        initArgs = args;
        initKwnames = kwnames;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        return dictFor(PyThreadState.current());
    }

    @Override
    public PyDict ensureDict(ThreadState ts) {
        return dictFor((PyThreadState) ts);
    }

    private PyDict dictFor(PyThreadState ts) {
        PyDict d = dicts.get(ts);
        if (d != null) return d;
        d = new PyDict(ts);
        dicts.put(ts, d);
        ts.atExit(this::forget);
        PyObj init = type.lookup(PyStr.intern("__init__"));
        if (init != null && init != TypeCall.OBJECT_INIT && initArgs != null && ts != creator) {
            PyObj[] args = new PyObj[initArgs.length + 1];
            args[0] = this;
            System.arraycopy(initArgs, 0, args, 1, initArgs.length);
            PyObj r = Ops.call(ts, init, args, initKwnames);
            RefCount.decref(r, ts);
        }
        return d;
    }

    /** The thread that made it: its first dictionary is initialised by the constructor call itself. */
    private PyThreadState creator;

    void setCreator(PyThreadState ts) {
        creator = ts;
    }

    private void forget(PyThreadState ts) {
        PyDict d = dicts.remove(ts);
        if (d != null) RefCount.decref(d, ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        for (PyThreadState t : dicts.keySet()) {
            PyDict d = dicts.remove(t);
            if (d != null) RefCount.decref(d, ts);
        }
        PyObj[] a = initArgs;
        initArgs = null;
        if (a != null) for (PyObj o : a) RefCount.decref(o, ts);
        creator = null;
        PyType.decrefForInstance(type, ts);
    }
}
