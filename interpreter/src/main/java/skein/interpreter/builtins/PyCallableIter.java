package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.objects.AbstractIterator;
import skein.interpreter.objects.PyObj;
import skein.interpreter.objects.PyType;
import skein.interpreter.objects.Types;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code iter(callable, sentinel)} ({@code callable_iterator}): calls {@code callable()} until
 * it returns a value equal to {@code sentinel}; a StopIteration raised by the callable also
 * ends it. Once exhausted it drops both references and stays exhausted, as CPython's
 * {@code calliterobject}. (Its type's dunders are installed with the other iterators'.)
 */
public final class PyCallableIter extends AbstractIterator {
    private PyObj callable;
    private PyObj sentinel;

    public PyCallableIter(ThreadState ts, PyObj callable, PyObj sentinel) {
        super(ts);
        RefCount.incref(callable, ts);
        RefCount.incref(sentinel, ts);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public PyType type() {
        return Types.CALLABLE_ITERATOR;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        PyObj f = callable;
        if (f == null) return null;
        PyObj r;
        try {
            r = Ops.call(ts, f);
        } catch (PyException e) {
            if (!e.matches(Exceptions.STOP_ITERATION)) throw e;
            e.release(ts);
            exhaust(ts);
            return null;
        }
        boolean done;
        try {
            done = Ops.eq(ts, r, sentinel);
        } catch (PyException e) {
            RefCount.decref(r, ts);
            throw e;
        }
        if (!done) return r;
        RefCount.decref(r, ts);
        exhaust(ts);
        return null;
    }

    private void exhaust(ThreadState ts) {
        PyObj f = callable, s = sentinel;
        callable = null;
        sentinel = null;
        if (f != null) RefCount.decref(f, ts);
        if (s != null) RefCount.decref(s, ts);
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        exhaust(ts);
    }
}
