package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;

/** {@code module}: a name and a namespace dictionary. Deferred: only the collector frees it. */
public final class PyModule extends PyObj implements Weakrefable {
    /** Weak references to this object (WeakRefs), newest first; null when none. */
    private volatile PyWeakReference weakrefs;

    @Override
    public PyWeakReference weakrefHead() {
        return weakrefs;
    }

    @Override
    public void setWeakrefHead(PyWeakReference head) {
        weakrefs = head;
    }

    @Override
    protected void clearWeakRefs(skein.gc.ThreadState ts) {
        WeakRefs.clearOnDeath(this, ts);
    }

    public final String name;
    public final PyDict dict;

    public PyModule(ThreadState ts, String name, PyDict dict) {
        super(ts);
        this.name = name;
        RefCount.incref(dict, ts);
        this.dict = dict;
        makeDeferred(ts);
    }

    /** An immortal native module (builtins, sys, math, time). */
    public PyModule(String name) {
        super();
        this.name = name;
        this.dict = new PyDict();
    }

    @Override
    public PyType type() {
        return Types.MODULE;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        PyObj file = dict.getStr(PyStr.intern("__file__"));
        if (file instanceof PyStr f) return new PyStr(ts, "<module '" + name + "' from '" + f.value + "'>");
        return new PyStr(ts, "<module '" + name + "' (built-in)>");
    }

    @Override
    public void clearForCollector(ThreadState ts) {
        dict.clear(ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        RefCount.decref(dict, ts);
    }
}
