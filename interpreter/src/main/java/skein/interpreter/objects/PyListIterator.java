package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code list_iterator} and {@code list_reverseiterator}: a position in a live list. The
 * list's current size is read at every step, so items appended during a forward iteration
 * are seen (as in CPython); once exhausted the iterator stays exhausted.
 *
 * <p>Each step is a lock-free read of the list ({@link PyList#itemOrNull}): a for loop over a
 * list that other threads mutate sees some, all or none of their changes, never a freed or
 * invented item. Exhaustion is the position -1, and the iterator keeps its reference to the list
 * until it is itself freed (free-threaded CPython 3.13 does the same): if it dropped the list
 * when exhausted, two threads stepping one shared iterator could both drop it. The position
 * itself is a plain field, so such threads may see an item twice, as in CPython.
 */
public final class PyListIterator extends PyObj {
    private final PyList list;
    /** The next index to read, or -1 once exhausted. */
    private int index;
    private final boolean reversed;

    public PyListIterator(ThreadState ts, PyList list, boolean reversed) {
        super(ts);
        RefCount.incref(list, ts);
        this.list = list;
        this.reversed = reversed;
        this.index = reversed ? list.size() - 1 : 0;
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
        int i = index;
        if (i < 0) return null;
        PyObj v = list.itemOrNull(ts, i);
        if (v == null) {
            index = -1;
            return null;
        }
        index = reversed ? i - 1 : i + 1;
        return v;
    }

    /** {@code __length_hint__}: the items left. */
    public long lengthHint() {
        int i = index;
        if (i < 0) return 0;
        int n = list.size();
        return reversed ? (i < n ? i + 1 : 0) : Math.max(n - i, 0);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        RefCount.decref(list, ts);
    }
}
