package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

/** {@code filter(func, iterable)}: the items for which func(item) is true (the true items when func is None). */
public final class PyFilter extends AbstractIterator {
    private PyObj func;
    private PyObj it;

    /** func borrowed (None for truthiness); takes over the reference to iterator {@code it}. */
    public PyFilter(ThreadState ts, PyObj func, PyObj it) {
        super(ts);
        RefCount.incref(func, ts);
        this.func = func;
        this.it = it;
    }

    @Override
    public PyType type() {
        return Types.FILTER;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        PyObj src = it;
        if (src == null) return null;
        boolean truthOnly = func == PyNone.NONE || func == Types.BOOL;
        PyObj item;
        while ((item = Ops.next(ts, src)) != null) {
            boolean keep;
            try {
                if (truthOnly) {
                    keep = Ops.isTrue(ts, item);
                } else {
                    PyObj r = Ops.call(ts, func, item);
                    try {
                        keep = Ops.isTrue(ts, r);
                    } finally {
                        RefCount.decref(r, ts);
                    }
                }
            } catch (RuntimeException e) {
                RefCount.decref(item, ts);
                throw e;
            }
            if (keep) return item;
            RefCount.decref(item, ts);
        }
        return null;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj i = it;
        it = null;
        if (i != null) RefCount.decref(i, ts);
        PyObj f = func;
        func = null;
        if (f != null) RefCount.decref(f, ts);
    }
}
