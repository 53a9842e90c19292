package skein.interpreter.objects;

import skein.gc.CriticalSection;
import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyThreadState;

/**
 * The iterators over a dict's keys, values or items, forwards or reversed
 * ({@code dict_keyiterator} ... {@code dict_reverseitemiterator}). As CPython's, an iterator
 * remembers the dict's size when it was made: a change of size makes every later
 * {@code next} raise "dictionary changed size during iteration"; a same-size change that
 * brings in keys it did not expect raises "dictionary keys changed during iteration".
 *
 * <p>Each step runs in a critical section on the dict, so it reads one consistent entry and
 * takes its references before any other thread can delete it. The iterator keeps its reference
 * to the dict until it is itself freed (exhaustion only sets a flag): two threads stepping one
 * shared iterator must not both drop the dict. Its own position is a plain field, consistent
 * for threads iterating it together since they all step under the same dict's section.
 */
public final class PyDictIter extends PyObj {
    public static final int KEYS = 0, VALUES = 1, ITEMS = 2;
    private static final PyType[][] TYPES = {
        {Types.DICT_KEYITERATOR, Types.DICT_VALUEITERATOR, Types.DICT_ITEMITERATOR},
        {Types.DICT_REVERSEKEYITERATOR, Types.DICT_REVERSEVALUEITERATOR, Types.DICT_REVERSEITEMITERATOR}};

    /** The dict (owned until the iterator is freed). */
    private final PyDict dict;
    private final int kind;
    private final boolean reversed;
    private boolean exhausted;
    /** Next entry position to look at (forwards: upwards; reversed: downwards). */
    private int pos;
    /** The dict's size when iteration began; -1 after a size change was reported. */
    private int expectedSize;
    /** Items still expected ({@code __length_hint__}). */
    private int remaining;

    public PyDictIter(ThreadState ts, PyDict dict, int kind, boolean reversed) {
        super(ts);
        RefCount.incref(dict, ts);
        this.dict = dict;
        this.kind = kind;
        this.reversed = reversed;
        CriticalSection.begin(ts, dict);
        try {
            this.pos = reversed ? dict.entryLimit() - 1 : 0;
            this.expectedSize = dict.size();
        } finally {
            CriticalSection.end(ts);
        }
        this.remaining = expectedSize;
    }

    @Override
    public PyType type() {
        return TYPES[reversed ? 1 : 0][kind];
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
        PyDict d = dict;
        CriticalSection.begin(ts, d);
        try {
            if (exhausted) return null;
            if (d.size() != expectedSize) {
                expectedSize = -1;
                throw Exceptions.runtimeError(ts, "dictionary changed size during iteration");
            }
            int e = reversed ? d.prevEntry(pos) : d.nextEntry(pos);
            if (e < 0 || remaining == 0) {
                exhausted = true;
                if (e >= 0) throw Exceptions.runtimeError(ts, "dictionary keys changed during iteration");
                return null;
            }
            pos = reversed ? e - 1 : e + 1;
            remaining--;
            PyObj k = d.keyAt(e), v = d.valueAt(e);
            switch (kind) {
                case KEYS:
                    RefCount.incref(k, ts);
                    return k;
                case VALUES:
                    RefCount.incref(v, ts);
                    return v;
                default:
                    return PyTuple.of(ts, k, v);
            }
        } finally {
            CriticalSection.end(ts);
        }
    }

    /** {@code __length_hint__}: the items not yet produced. */
    public int lengthHint() {
        return !exhausted && dict.size() == expectedSize ? remaining : 0;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        RefCount.decref(dict, ts);
    }
}
