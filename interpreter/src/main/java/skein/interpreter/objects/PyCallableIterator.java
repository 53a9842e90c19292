package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code iter(callable, sentinel)}: calls callable() until it returns a value equal to the
 * sentinel (compared as {@code sentinel == value}) or raises StopIteration; then it drops
 * both references and stays exhausted.
 */
public final class PyCallableIterator extends AbstractIterator {
    private PyObj func, sentinel;

    /** Both borrowed. */
    public PyCallableIterator(ThreadState ts, PyObj func, PyObj sentinel) {
        super(ts);
        RefCount.incref(func, ts);
        RefCount.incref(sentinel, ts);
        this.func = func;
        this.sentinel = sentinel;
    }

    @Override
    public PyType type() {
        return Types.CALLABLE_ITERATOR;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        PyObj f = func;
        if (f == null) return null;
        PyObj v;
        try {
            v = Ops.call(ts, f, new PyObj[0], null);
        } catch (PyException e) {
            if (!e.matches(Exceptions.STOP_ITERATION)) throw e;
            e.release(ts);
            exhaust(ts);
            return null;
        }
        PyObj s = sentinel;
        if (s == null) return v; // exhausted by a re-entrant call meanwhile
        boolean done;
        try {
            done = Ops.eq(ts, s, v);
        } catch (PyException e) {
            RefCount.decref(v, ts);
            throw e;
        }
        if (!done) return v;
        RefCount.decref(v, ts);
        exhaust(ts);
        return null;
    }

    private void exhaust(ThreadState ts) {
        PyObj f = func, s = sentinel;
        func = null;
        sentinel = null;
        if (f != null) RefCount.decref(f, ts);
        if (s != null) RefCount.decref(s, ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        exhaust(ts);
    }
}
