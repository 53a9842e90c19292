package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code reversed(seq)} for a sequence without {@code __reversed__}: walks indexes
 * len-1 .. 0 through {@code __getitem__}, stopping early at IndexError or StopIteration.
 */
public final class PyReversed extends AbstractIterator {
    private PyObj seq;
    private long index;

    /** seq borrowed; {@code len} its length. */
    public PyReversed(ThreadState ts, PyObj seq, long len) {
        super(ts);
        RefCount.incref(seq, ts);
        this.seq = seq;
        this.index = len - 1;
    }

    @Override
    public PyType type() {
        return Types.REVERSED;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        PyObj s = seq;
        if (s == null) return null;
        if (index >= 0) {
            PyInt i = PyInt.of(ts, index);
            try {
                PyObj v = Ops.getItem(ts, s, i);
                index--;
                return v;
            } catch (PyException e) {
                if (!e.matches(Exceptions.INDEX_ERROR) && !e.matches(Exceptions.STOP_ITERATION)) throw e;
                e.release(ts);
            } finally {
                RefCount.decref(i, ts);
            }
        }
        index = -1;
        seq = null;
        RefCount.decref(s, ts);
        return null;
    }

    /** {@code __length_hint__}. */
    public long lengthHint() {
        return seq == null ? 0 : index + 1;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj s = seq;
        seq = null;
        if (s != null) RefCount.decref(s, ts);
    }
}
