package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;

/**
 * An instance of a class made by a {@code class} statement whose solid base is {@code int}
 * ({@code class Money(int)}): the int value, the class, and an attribute dictionary.
 */
public final class PyIntSub extends PyInt {
    private final PyType type;
    private PyDict dict;

    /** A big value; takes a new reference to {@code type}. */
    private PyIntSub(ThreadState ts, PyType type, PyInt v) {
        super(ts, v.big);
        PyType.increfForInstance(type, ts);
        this.type = type;
    }

    /** A long value; takes a new reference to {@code type}. */
    private PyIntSub(ThreadState ts, long value, PyType type) {
        super(ts, value);
        PyType.increfForInstance(type, ts);
        this.type = type;
    }

    /** A new instance of {@code type} (a heap subclass of int) with the value of {@code v}. */
    public static PyIntSub make(ThreadState ts, PyType type, PyInt v) {
        return v.big != null ? new PyIntSub(ts, type, v) : new PyIntSub(ts, v.value, type);
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
