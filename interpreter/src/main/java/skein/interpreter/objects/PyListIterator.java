package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code list_iterator} and {@code list_reverseiterator}: a position in a live list. The
 * list's current size is read at every step, so items appended during a forward iteration
 * are seen (as in CPython); once exhausted the iterator drops the list and stays exhausted.
 */
public final class PyListIterator extends PyObj {
    private PyList list;
    private int index;
    private final boolean reversed;

    public PyListIterator(ThreadState ts, PyList list, boolean reversed) {
        super(ts);
        RefCount.incref(list, ts);
        this.list = list;
        this.reversed = reversed;
        this.index = reversed ? list.size - 1 : 0;
    }

    @Override
    public PyType type() {
        return reversed ? Types.LIST_REVERSEITERATOR : Types.LIST_ITERATOR;
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
        PyList l = list;
        if (l == null) return null;
        int i = index;
        if (i >= 0 && i < l.size) {
            PyObj v = l.items[i];
            RefCount.incref(v, ts);
            index = reversed ? i - 1 : i + 1;
            return v;
        }
        list = null;
        RefCount.decref(l, ts);
        return null;
    }

    /** {@code __length_hint__}: the items left. */
    public long lengthHint() {
        PyList l = list;
        if (l == null) return 0;
        return reversed ? (index < l.size ? index + 1 : 0) : Math.max(l.size - index, 0);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyList l = list;
        list = null;
        if (l != null) RefCount.decref(l, ts);
    }
}
