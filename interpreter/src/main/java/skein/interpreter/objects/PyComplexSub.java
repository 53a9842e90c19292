package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;

/**
 * An instance of a class made by a {@code class} statement whose solid base is
 * {@code complex}: the complex value, the class, and an attribute dictionary.
 */
public final class PyComplexSub extends PyComplex implements Weakrefable {
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
    public boolean weakrefSupported() {
        return type.instancesHaveWeakref();
    }

    @Override
    protected void clearWeakRefs(skein.gc.ThreadState ts) {
        WeakRefs.clearOnDeath(this, ts);
    }

    private final PyType type;
    private PyDict dict;

    /** Takes a new reference to {@code type}. */
    private PyComplexSub(ThreadState ts, double re, double im, PyType type) {
        super(ts, re, im);
        PyType.increfForInstance(type, ts);
        this.type = type;
    }

    /** A new instance of {@code type} (a heap subclass of complex) with the value {@code re + im j}. */
    public static PyComplexSub make(ThreadState ts, PyType type, double re, double im) {
        return new PyComplexSub(ts, re, im, type);
    }

    @Override
    protected boolean hasFinalizer() {
        return HeapFinalizer.has(type);
    }

    @Override
    protected void finalizeObject(skein.gc.ThreadState ts) {
        HeapFinalizer.run(ts, this);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    @Override
    public PyDict ensureDict(ThreadState ts) {
        PyDict d = dict;
        if (d == null) {
            d = new PyDict(ts);
            dict = d;
        }
        return d;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyDict d = dict;
        dict = null;
        if (d != null) RefCount.decref(d, ts);
        PyType.decrefForInstance(type, ts);
    }
}
