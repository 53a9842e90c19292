package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;

/** {@code tuple_iterator}: a position in a tuple; drops the tuple once exhausted. */
public final class PyTupleIterator extends PyObj {
    private PyTuple tuple;
    private int index;

    public PyTupleIterator(ThreadState ts, PyTuple tuple) {
        super(ts);
        RefCount.incref(tuple, ts);
        this.tuple = tuple;
    }

    @Override
    public PyType type() {
        return Types.TUPLE_ITERATOR;
    }

    @Override
    public PyObj iter(PyThreadState ts) {
        RefCount.incref(this, ts);
        return this;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        PyTuple t = tuple;
        if (t == null) return null;
        if (index < t.items.length) {
            PyObj v = t.items[index++];
            RefCount.incref(v, ts);
            return v;
        }
        tuple = null;
        RefCount.decref(t, ts);
        return null;
    }

    /** {@code __length_hint__}: the items left. */
    public long lengthHint() {
        PyTuple t = tuple;
        return t == null ? 0 : t.items.length - index;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyTuple t = tuple;
        tuple = null;
        if (t != null) RefCount.decref(t, ts);
    }
}
