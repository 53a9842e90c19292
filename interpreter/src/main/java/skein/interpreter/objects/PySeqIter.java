package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/** The iterator {@code iter()} makes for an object with {@code __getitem__} but no {@code __iter__}. */
public final class PySeqIter extends PyObj {
    private PyObj seq;
    private long index;

    public PySeqIter(ThreadState ts, PyObj seq) {
        super(ts);
        RefCount.incref(seq, ts);
        this.seq = seq;
    }

    @Override
    public PyType type() {
        return Types.ITERATOR;
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
        if (seq == null) return null;
        PyInt i = PyInt.of(ts, index);
        try {
            PyObj r = Ops.getItem(ts, seq, i);
            index++;
            return r;
        } catch (PyException e) {
            if (!e.matches(Exceptions.INDEX_ERROR) && !e.matches(Exceptions.STOP_ITERATION)) throw e;
            e.release(ts);
            PyObj s = seq;
            seq = null;
            RefCount.decref(s, ts);
            return null;
        } finally {
            RefCount.decref(i, ts);
        }
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj s = seq;
        seq = null;
        if (s != null) RefCount.decref(s, ts);
    }
}
