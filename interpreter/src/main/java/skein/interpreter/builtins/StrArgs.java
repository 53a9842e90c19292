package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

import java.util.Arrays;
import java.util.List;

/**
 * Argument conversion for the str and bytes methods, with CPython's messages. The str library
 * takes Java ints; Python ints beyond that range are saturated (see {@code StrIndex}), which
 * gives the same results since no string is that long.
 */
final class StrArgs {
    private StrArgs() {}

    /** The Java string of self (args[0]). */
    static String self(PyObj[] a) {
        return ((PyStr) a[0]).value;
    }

    /** {@code o} as a str, else TypeError "{@code what}, not int" (what: "must be str", "replace() argument 2 must be str"). */
    static String str(PyThreadState ts, PyObj o, String what) {
        if (o instanceof PyStr s) return s.value;
        throw Exceptions.typeError(ts, what + ", not " + o.typeName());
    }

    static int saturate(long v) {
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : v < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) v;
    }

    /** Argument Clinic's {@code Py_ssize_t} (widths, counts, maxsplit), saturated to an int. */
    static int ssize(PyThreadState ts, PyObj o) {
        return saturate(Sequences.ssize(ts, o));
    }

    /** Argument Clinic's C {@code int} (tabsize, keepends): OverflowError beyond its range. */
    static int cint(PyThreadState ts, PyObj o) {
        long v = Sequences.ssize(ts, o);
        if (v != (int) v) throw Exceptions.overflowError(ts, "Python int too large to convert to C int");
        return (int) v;
    }

    /** A start/end argument of the find family: None (or absent) gives {@code dflt}. */
    static int sliceIndex(PyThreadState ts, PyObj o, int dflt) {
        if (o == null) return dflt;
        return saturate(PySlice.sliceIndex(ts, o, dflt));
    }

    /**
     * The arguments of the find family ({@code "O|OO:find"}, positional only) after self:
     * returns {@code {start, end}} and leaves the needle at a[1].
     */
    static int[] findArgs(PyThreadState ts, String name, PyObj[] a, PyStr[] k) {
        Args.noKeywords(ts, name, k);
        int n = a.length - 1;
        if (n < 1) throw Exceptions.typeError(ts, name + "() takes at least 1 argument (" + n + " given)");
        if (n > 3) throw Exceptions.typeError(ts, name + "() takes at most 3 arguments (" + n + " given)");
        int start = sliceIndex(ts, n >= 2 ? a[2] : null, 0);
        int end = sliceIndex(ts, n >= 3 ? a[3] : null, Integer.MAX_VALUE);
        return new int[] {start, end};
    }

    /** The arguments after self bound to keyword-capable parameters (Clinic's messages). */
    static PyObj[] bind(PyThreadState ts, String fname, PyObj[] a, PyStr[] k, String... params) {
        return Args.bind(ts, fname, Arrays.copyOfRange(a, 1, a.length), k, params, 0, 0);
    }

    /**
     * A method's str result: self itself when the library gave back the very same Java string
     * and self is an exact str (CPython's {@code unicode_result_unchanged}), else a new exact str.
     */
    static PyStr result(PyThreadState ts, PyObj self, String r) {
        PyStr s = (PyStr) self;
        if (r == s.value && s.type() == Types.STR) {
            RefCount.incref(s, ts);
            return s;
        }
        return PyStr.of(ts, r);
    }

    /** A new list of strs. */
    static PyList list(PyThreadState ts, List<String> items) {
        PyObj[] out = new PyObj[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = PyStr.of(ts, items.get(i));
        return PyList.steal(ts, out, out.length);
    }

    /** A new 3-tuple of strs (partition). */
    static PyTuple triple(PyThreadState ts, PyObj self, String[] parts) {
        PyObj[] out = new PyObj[3];
        for (int i = 0; i < 3; i++) out[i] = result(ts, self, parts[i]);
        return PyTuple.steal(ts, out);
    }

    /** Whether {@code o} is a Python int for the {@code Py_ssize_t} converters (for messages). */
    static boolean isNone(PyObj o) {
        return o == null || o == PyNone.NONE;
    }

    /** {@code bool(x)}-free int flag conversion used by splitlines(keepends). */
    static boolean flag(PyThreadState ts, PyObj o) {
        if (o == null) return false;
        if (o instanceof PyBool) return o == PyBool.TRUE;
        PyInt i = Ops.index(ts, o);
        try {
            return !i.isZero();
        } finally {
            RefCount.decref(i, ts);
        }
    }
}
