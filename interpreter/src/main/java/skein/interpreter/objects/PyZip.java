package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code zip(*iterables, strict=False)}: tuples of the i-th items, ending with the shortest
 * input; with strict, unequal lengths are a ValueError naming the first argument that
 * differs (PEP 618 messages).
 */
public final class PyZip extends AbstractIterator {
    private PyObj[] its;
    private final boolean strict;

    /** Takes over the references to the iterators in {@code its}. */
    public PyZip(ThreadState ts, PyObj[] its, boolean strict) {
        super(ts);
        this.its = its;
        this.strict = strict;
    }

    @Override
    public PyType type() {
        return Types.ZIP;
    }

    @Override
    public PyObj next(PyThreadState ts) {
        PyObj[] a = its;
        if (a == null || a.length == 0) return null;
        PyObj[] out = new PyObj[a.length];
        for (int i = 0; i < a.length; i++) {
            PyObj v;
            try {
                v = Ops.next(ts, a[i]);
            } catch (PyException e) {
                Sequences.decrefAll(ts, out, 0, i);
                throw e;
            }
            if (v == null) {
                Sequences.decrefAll(ts, out, 0, i);
                if (strict) checkStrict(ts, a, i);
                return null;
            }
            out[i] = v;
        }
        return PyTuple.steal(ts, out);
    }

    /** Input {@code i} ended first: every other input must end now too. */
    private void checkStrict(PyThreadState ts, PyObj[] a, int i) {
        if (i > 0) throw Exceptions.valueError(ts, "zip() argument " + (i + 1) + " is shorter than argument"
                + (i == 1 ? " 1" : "s 1-" + i));
        for (int j = 1; j < a.length; j++) {
            PyObj v = Ops.next(ts, a[j]);
            if (v != null) {
                RefCount.decref(v, ts);
                throw Exceptions.valueError(ts, "zip() argument " + (j + 1) + " is longer than argument"
                        + (j == 1 ? " 1" : "s 1-" + j));
            }
        }
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj[] a = its;
        its = null;
        if (a != null) for (PyObj o : a) RefCount.decref(o, ts);
    }
}
