package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;

/** {@code cell}: a variable shared between a function and the closures that capture it. */
public final class PyCell extends PyObj {
    /** The contents (owned), or null when empty (unbound). */
    public PyObj value;

    public PyCell(ThreadState ts, PyObj value) {
        super(ts);
        if (value != null) RefCount.incref(value, ts);
        this.value = value;
        ts.track(this);
    }

    @Override
    public void traverse(Visitor v) {
        PyObj o = value;
        if (o != null) v.visit(o);
    }

    @Override
    public void clearForCollector(ThreadState ts) {
        clearReferences(ts);
    }

    @Override
    public PyType type() {
        return Types.CELL;
    }

    /** Replaces the contents with {@code v} (borrowed; null empties). */
    public void set(ThreadState ts, PyObj v) {
        if (v != null) RefCount.incref(v, ts);
        PyObj old = value;
        value = v;
        if (old != null) RefCount.decref(old, ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj v = value;
        value = null;
        if (v != null) RefCount.decref(v, ts);
    }
}
