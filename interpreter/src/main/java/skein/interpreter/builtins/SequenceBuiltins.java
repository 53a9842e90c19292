package skein.interpreter.builtins;

import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

/**
 * Java entry points of iteration builtins that are not plain type calls. ({@code list},
 * {@code tuple}, {@code range}, {@code slice}, {@code enumerate}, {@code zip}, {@code map},
 * {@code filter} and {@code reversed} are the type objects of {@link Types}; {@code sorted}
 * from Java is {@link Sorting#sorted}.)
 */
public final class SequenceBuiltins {
    private SequenceBuiltins() {}

    private static final PyStr S_REVERSED = PyStr.intern("__reversed__");

    /** {@code reversed(seq)}: its {@code __reversed__}, else a walk down {@code __len__}/{@code __getitem__}. */
    public static PyObj reversed(PyThreadState ts, PyObj seq) {
        PyType t = seq.type();
        if (t == Types.LIST) return new PyListIterator(ts, (PyList) seq, true);
        if (t == Types.RANGE) return ((PyRange) seq).reversedIter(ts);
        PyObj m = t.lookup(S_REVERSED);
        if (m == PyNone.NONE) throw notReversible(ts, seq);
        if (m != null) return Ops.callMethod(ts, m, seq, new PyObj[0], null);
        if (t.lookup(Ops.S_GETITEM) == null || seq instanceof PyDict) throw notReversible(ts, seq);
        long n = Ops.len(ts, seq);
        return new PyReversed(ts, seq, n);
    }

    private static PyException notReversible(PyThreadState ts, PyObj seq) {
        return Exceptions.typeError(ts, "'" + seq.typeName() + "' object is not reversible");
    }
}
