package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

/** {@code map(func, *iterables)}: lazily calls func on the i-th items, ending with the shortest input. */
public final class PyMap extends AbstractIterator {
    private PyObj func;
    private PyObj[] its;

    /** func borrowed; takes over the references to the iterators in {@code its}. */
    public PyMap(ThreadState ts, PyObj func, PyObj[] its) {
        super(ts);
        RefCount.incref(func, ts);
        this.func = func;
        this.its = its;
    }

    @Override
    public PyType type() {
        return Types.MAP;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        PyObj[] a = its;
        if (a == null) return null;
        PyObj[] args = new PyObj[a.length];
        try {
            for (int i = 0; i < a.length; i++) {
                PyObj v = Ops.next(ts, a[i]);
                if (v == null) return null;
                args[i] = v;
            }
            return Ops.call(ts, func, args, null);
        } finally {
            Sequences.decrefAll(ts, args, 0, args.length);
        }
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj[] a = its;
        its = null;
        if (a != null) for (PyObj o : a) RefCount.decref(o, ts);
        PyObj f = func;
        func = null;
        if (f != null) RefCount.decref(f, ts);
    }
}
