package skein.interpreter.objects;

import skein.gc.CriticalSection;
import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code set_iterator}: walks the set's table in slot order. A change of the set's size
 * makes every later {@code next} raise "Set changed size during iteration", as in CPython.
 *
 * <p>Each step of an iterator over a mutable set runs in a critical section on the set, and the
 * iterator keeps its reference to the set until it is itself freed (exhaustion only sets a
 * flag), for the reasons given at {@link PyDictIter}.
 */
public final class PySetIter extends PyObj {
    /** The set (owned until the iterator is freed). */
    private final PySet set;
    private boolean exhausted;
    private int pos;
    private int expectedSize;
    private int remaining;

    public PySetIter(ThreadState ts, PySet set) {
        super(ts);
        RefCount.incref(set, ts);
        this.set = set;
        this.expectedSize = set.size();
        this.remaining = expectedSize;
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
        if (exhausted) return null;
        PySet s = set;
        boolean lock = !s.isFrozen();
        if (lock) CriticalSection.begin(ts, s);
        try {
            if (exhausted) return null;
            if (s.size() != expectedSize) {
                expectedSize = -1;
                throw Exceptions.runtimeError(ts, "Set changed size during iteration");
            }
            int i = s.nextEntry(pos);
            if (i < 0) {
                exhausted = true;
                return null;
            }
            pos = i + 1;
            remaining--;
            PyObj k = s.keyAt(i);
            RefCount.incref(k, ts);
            return k;
        } finally {
            if (lock) CriticalSection.end(ts);
        }
    }

    /** {@code __length_hint__}. */
    public int lengthHint() {
        return !exhausted && set.size() == expectedSize ? remaining : 0;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        RefCount.decref(set, ts);
    }
}
