package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;

/**
 * An instance of a class made by a {@code class} statement whose solid base is {@code float}
 * ({@code class Celsius(float)}): the float value, the class, and an attribute dictionary.
 */
public final class PyFloatSub extends PyFloat implements Weakrefable {
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
    private PyFloatSub(ThreadState ts, double value, PyType type) {
        super(ts, value);
        PyType.increfForInstance(type, ts);
        this.type = type;
    }

    /** A new instance of {@code type} (a heap subclass of float) with the value {@code v}. */
    public static PyFloatSub make(ThreadState ts, PyType type, double v) {
        return new PyFloatSub(ts, v, type);
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
