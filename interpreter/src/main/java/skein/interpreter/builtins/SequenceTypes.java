package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

/**
 * Installs the sequence types ({@code list}, {@code tuple}, {@code range}, {@code slice}),
 * their iterators and the iteration builtins that are types ({@code enumerate}, {@code zip},
 * {@code map}, {@code filter}, {@code reversed}). Holds the argument helpers the installers share.
 */
public final class SequenceTypes {
    private SequenceTypes() {}

    public static void install(PyThreadState ts) {
        ListMethods.install();
        TupleMethods.install();
        RangeMethods.install();
        SliceMethods.install();
        IteratorTypes.install();
    }

    /** The class argument of a builtin type's {@code __new__}: must be a subtype of {@code base}. */
    static PyType checkNewType(PyThreadState ts, String name, PyObj[] a, PyType base) {
        if (a.length == 0) throw Exceptions.typeError(ts, name + ".__new__(): not enough arguments");
        if (!(a[0] instanceof PyType cls)) {
            throw Exceptions.typeError(ts, name + ".__new__(X): X is not a type object (" + a[0].typeName() + ")");
        }
        if (!cls.isSubtypeOf(base)) {
            throw Exceptions.typeError(ts, name + ".__new__(" + cls.name() + "): " + cls.name() + " is not a subtype of " + name);
        }
        return cls;
    }

    /**
     * The optional start and stop arguments (at a[2], a[3]) of {@code index(value, start, stop)},
     * resolved against {@code size} as CPython does: negative counts from the end, then
     * clamped at 0.
     */
    static long[] indexRange(PyThreadState ts, PyObj[] a, int nargs, long size) {
        long start = nargs >= 2 ? PySlice.sliceIndexNotNone(ts, a[2]) : 0;
        long stop = nargs >= 3 ? PySlice.sliceIndexNotNone(ts, a[3]) : Long.MAX_VALUE;
        if (start < 0) start = Math.max(start + size, 0);
        if (stop < 0) stop = Math.max(stop + size, 0);
        return new long[] {start, stop};
    }

    /** The keyword-only {@code key} and {@code reverse} of {@code list.sort}/{@code sorted} (null when absent). */
    static PyObj[] sortKeywords(PyThreadState ts, PyObj[] a, PyStr[] k) {
        PyObj[] out = new PyObj[2];
        if (k == null) return out;
        int base = a.length - k.length;
        for (int i = 0; i < k.length; i++) {
            switch (k[i].value) {
                case "key" -> out[0] = a[base + i];
                case "reverse" -> out[1] = a[base + i];
                default -> throw Exceptions.typeError(ts, "'" + k[i].value + "' is an invalid keyword argument for sort()");
            }
        }
        return out;
    }

    /** {@code reverse=} is an int flag in CPython (None or a float is a TypeError). */
    static boolean reverseFlag(PyThreadState ts, PyObj o) {
        if (o == null) return false;
        PyInt i = Ops.index(ts, o);
        try {
            if (i.isBig() || i.value != (int) i.value) {
                throw Exceptions.overflowError(ts, "Python int too large to convert to C int");
            }
            return i.value != 0;
        } finally {
            RefCount.decref(i, ts);
        }
    }
}
