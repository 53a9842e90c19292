package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;

import java.util.Arrays;

/**
 * Helpers shared by the sequence types and the eval loop: index conversion with CPython's
 * three flavours of error, materialising an iterable into an array, and the unpacking of
 * assignment targets ({@code UNPACK_SEQUENCE}, {@code UNPACK_EX}).
 */
public final class Sequences {
    private Sequences() {}

    /** {@code _PyIndex_Check}: whether {@code o} is an int or its type defines {@code __index__}. */
    public static boolean isIndex(PyObj o) {
        if (o instanceof PyInt) return true;
        if (o instanceof PySlice) return false; // slice has no __index__: spares the type lookup on every lst[a:b]
        PyType t = o.type();
        if (t.isHeapType()) return t.lookup(Ops.S_INDEX) != null;
        return t.lookup(Ops.S_INDEX) != null && !(o instanceof PyFloat);
    }

    /**
     * A subscript index ({@code PyNumber_AsSsize_t(key, IndexError)}): ints too big for a long
     * are IndexError "cannot fit 'int' into an index-sized integer". The caller has checked
     * {@link #isIndex}.
     */
    public static long subscriptIndex(PyThreadState ts, PyObj key) {
        if (key instanceof PyInt i && !i.isBig()) return i.value;
        return Ops.asIndex(ts, key);
    }

    /**
     * A method argument converted as Argument Clinic's {@code Py_ssize_t} does
     * ({@code list.pop(i)}, {@code list.insert(i, x)}): TypeError for non-ints, OverflowError
     * "Python int too large to convert to C ssize_t" beyond a long.
     */
    public static long ssize(PyThreadState ts, PyObj o) {
        if (o instanceof PyInt i && !i.isBig()) return i.value;
        PyInt i = Ops.index(ts, o);
        try {
            if (i.isBig()) throw Exceptions.overflowError(ts, "Python int too large to convert to C ssize_t");
            return i.value;
        } finally {
            RefCount.decref(i, ts);
        }
    }

    /**
     * {@code iter(o)}, or null when {@code o} is not iterable at all (so that callers can
     * raise their own message: "cannot unpack non-iterable int object", "can only assign an
     * iterable"). A TypeError raised by a Python {@code __iter__} still propagates.
     */
    public static PyObj iterOrNull(PyThreadState ts, PyObj o) {
        PyType t = o.type();
        if (!t.isHeapType()) return o.iter(ts);
        PyObj m = t.lookup(Ops.S_ITER);
        if (m == PyNone.NONE) return null;
        if (m == null && t.lookup(Ops.S_GETITEM) == null) return null;
        return Ops.iter(ts, o);
    }

    /**
     * The items of any iterable as an array of new references, trimmed to its length
     * ({@code PySequence_Fast} without the wrapper). Exact lists and tuples are copied
     * directly; others are iterated (running their {@code __iter__}).
     */
    public static PyObj[] toArray(PyThreadState ts, PyObj iterable) {
        if (iterable.type() == Types.TUPLE) {
            PyObj[] a = ((PyTuple) iterable).items.clone();
            for (PyObj o : a) RefCount.incref(o, ts);
            return a;
        }
        if (iterable.type() == Types.LIST) return ((PyList) iterable).snapshot(ts);
        PyObj it = Ops.iter(ts, iterable);
        return drain(ts, it);
    }

    /** Like {@link #toArray}, but a non-iterable raises TypeError {@code message} instead. */
    public static PyObj[] toArray(PyThreadState ts, PyObj iterable, String message) {
        if (iterable.type() == Types.TUPLE || iterable.type() == Types.LIST) return toArray(ts, iterable);
        PyObj it = iterOrNull(ts, iterable);
        if (it == null) throw Exceptions.typeError(ts, message);
        return drain(ts, it);
    }

    /** Every remaining item of iterator {@code it} (consumes the reference to it). */
    private static PyObj[] drain(PyThreadState ts, PyObj it) {
        PyObj[] out = new PyObj[8];
        int n = 0;
        try {
            PyObj x;
            while ((x = Ops.next(ts, it)) != null) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = x;
            }
        } catch (PyException e) {
            for (int i = 0; i < n; i++) RefCount.decref(out[i], ts);
            throw e;
        } finally {
            RefCount.decref(it, ts);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Whether {@code o} is an instance of a Python class that defines the reflected operator {@code op}. */
    public static boolean hasReflected(PyObj o, int op) {
        PyType t = o.type();
        return t.isHeapType() && t.lookup(Ops.REFLECTED_DUNDERS[op]) != null;
    }

    /**
     * The count {@code n} of {@code seq * n} (negative counts are 0), or {@code Long.MIN_VALUE}
     * when {@code allowDefer} and {@code n} is a Python object that may define {@code __rmul__}.
     * Otherwise a non-int is TypeError "can't multiply sequence by non-int of type 'float'".
     */
    public static long repeatCount(PyThreadState ts, PyObj n, boolean allowDefer) {
        if (n instanceof PyInt i && !i.isBig()) return Math.max(i.value, 0);
        if (isIndex(n)) {
            PyInt i = Ops.index(ts, n);
            try {
                if (i.isBig()) throw Exceptions.overflowError(ts, "cannot fit 'int' into an index-sized integer");
                return Math.max(i.value, 0);
            } finally {
                RefCount.decref(i, ts);
            }
        }
        if (allowDefer && hasReflected(n, 5)) return Long.MIN_VALUE;
        throw Exceptions.typeError(ts, "can't multiply sequence by non-int of type '" + n.typeName() + "'");
    }

    public static PyException memoryError(PyThreadState ts) {
        return Exceptions.withArgs(ts, Exceptions.MEMORY_ERROR);
    }

    static void decrefAll(PyThreadState ts, PyObj[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            PyObj o = a[i];
            if (o != null) RefCount.decref(o, ts);
        }
    }

    // ==== unpacking (UNPACK_SEQUENCE / UNPACK_EX) ====

    /**
     * {@code a, b, c = seq}: exactly {@code n} items as new references, in order. Errors are
     * CPython 3.11's: "not enough values to unpack (expected 3, got 2)", "too many values to
     * unpack (expected 2)", "cannot unpack non-iterable int object".
     */
    public static PyObj[] unpack(PyThreadState ts, PyObj seq, int n) {
        PyType t = seq.type();
        if (t == Types.TUPLE || t == Types.LIST) {
            // a list is copied in one critical section: its length and items are one state
            PyObj[] out = toArray(ts, seq);
            int size = out.length;
            if (size == n) return out;
            decrefAll(ts, out, 0, size);
            if (size < n) throw notEnough(ts, n, size, false);
            throw Exceptions.valueError(ts, "too many values to unpack (expected " + n + ")");
        }
        PyObj it = iterForUnpack(ts, seq);
        PyObj[] out = new PyObj[n];
        int i = 0;
        try {
            for (; i < n; i++) {
                PyObj x = Ops.next(ts, it);
                if (x == null) throw notEnough(ts, n, i, false);
                out[i] = x;
            }
            PyObj extra = Ops.next(ts, it);
            if (extra != null) {
                RefCount.decref(extra, ts);
                throw Exceptions.valueError(ts, "too many values to unpack (expected " + n + ")");
            }
            return out;
        } catch (PyException e) {
            decrefAll(ts, out, 0, i);
            throw e;
        } finally {
            RefCount.decref(it, ts);
        }
    }

    /**
     * {@code a, *rest, z = seq}: {@code before} items, a new list of the middle, then
     * {@code after} items (new references, {@code before + 1 + after} of them). Too few items:
     * "not enough values to unpack (expected at least 3, got 2)".
     */
    public static PyObj[] unpackEx(PyThreadState ts, PyObj seq, int before, int after) {
        PyObj[] all;
        PyType t = seq.type();
        if (t == Types.TUPLE || t == Types.LIST) all = toArray(ts, seq);
        else {
            all = drain(ts, iterForUnpack(ts, seq));
        }
        int need = before + after;
        if (all.length < need) {
            decrefAll(ts, all, 0, all.length);
            throw notEnough(ts, need, all.length, true);
        }
        PyObj[] out = new PyObj[need + 1];
        System.arraycopy(all, 0, out, 0, before);
        int mid = all.length - need;
        out[before] = PyList.steal(ts, Arrays.copyOfRange(all, before, before + mid), mid);
        System.arraycopy(all, before + mid, out, before + 1, after);
        return out;
    }

    private static PyException notEnough(PyThreadState ts, int expected, int got, boolean atLeast) {
        return Exceptions.valueError(ts, "not enough values to unpack (expected " + (atLeast ? "at least " : "")
                + expected + ", got " + got + ")");
    }

    private static PyObj iterForUnpack(PyThreadState ts, PyObj seq) {
        PyObj it = iterOrNull(ts, seq);
        if (it == null) throw Exceptions.typeError(ts, "cannot unpack non-iterable " + seq.typeName() + " object");
        return it;
    }
}
