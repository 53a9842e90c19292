package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code set_iterator}: walks the set's table in slot order. A change of the set's size
 * makes every later {@code next} raise "Set changed size during iteration", as in CPython.
 */
public final class PySetIter extends PyObj {
    /** The set (owned), or null once exhausted. */
    private PySet set;
    private int pos;
    private int expectedSize;
    private int remaining;

    public PySetIter(ThreadState ts, PySet set) {
        super(ts);
        RefCount.incref(set, ts);
        this.set = set;
        this.expectedSize = set.size();
        this.remaining = set.size();
    }

    @Override
    public PyType type() {
        return Types.SET_ITERATOR;
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
        PySet s = set;
        if (s == null) return null;
        if (s.size() != expectedSize) {
            expectedSize = -1;
            throw Exceptions.runtimeError(ts, "Set changed size during iteration");
        }
        int i = s.nextEntry(pos);
        if (i < 0) {
            set = null;
            RefCount.decref(s, ts);
            return null;
        }
        pos = i + 1;
        remaining--;
        PyObj k = s.keyAt(i);
        RefCount.incref(k, ts);
        return k;
    }

    /** {@code __length_hint__}. */
    public int lengthHint() {
        PySet s = set;
        return s != null && s.size() == expectedSize ? remaining : 0;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PySet s = set;
        set = null;
        if (s != null) RefCount.decref(s, ts);
    }
}
