package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

import java.math.BigInteger;

/**
 * {@code slice(start, stop, step)}: three arbitrary objects (None where omitted), and the
 * shared arithmetic that turns a slice into concrete indexes of a sequence.
 *
 * <h2>Resolving a slice against a length (for every sequence type)</h2>
 * {@link #bounds(PyThreadState, long)} is CPython's {@code PySlice_Unpack} followed by
 * {@code PySlice_AdjustIndices}: str, bytes, list, tuple and range slicing all go through
 * it so that they clamp identically:
 * <ul>
 *   <li>each bound is None or has {@code __index__} (else TypeError "slice indices must be
 *       integers or None or have an __index__ method"); ints beyond 64 bits clamp to
 *       ±{@code Long.MAX_VALUE} rather than fail; a step of 0 is ValueError "slice step cannot
 *       be zero";</li>
 *   <li>a negative bound counts from the end; out-of-range bounds clamp to {@code [0, len]}
 *       for a positive step and to {@code [-1, len-1]} for a negative one (where -1 means
 *       "before the first item");</li>
 *   <li>{@link Bounds#count} is the number of items selected; item k of the slice is index
 *       {@code start + k * step}.</li>
 * </ul>
 * {@link #bigIndices} is the arbitrary-precision variant behind {@code slice.indices()} and
 * range slicing, where lengths may exceed a long.
 */
public final class PySlice extends PyObj {
    public final PyObj start, stop, step;

    /** A slice of borrowed bounds; null stands for None. */
    public PySlice(ThreadState ts, PyObj start, PyObj stop, PyObj step) {
        super(ts);
        this.start = own(ts, start);
        this.stop = own(ts, stop);
        this.step = own(ts, step);
    }

    private static PyObj own(ThreadState ts, PyObj o) {
        if (o == null) return PyNone.NONE;
        RefCount.incref(o, ts);
        return o;
    }

    @Override
    public PyType type() {
        return Types.SLICE;
    }

    /** Concrete indexes of a slice over a sequence of a given length; see the class comment. */
    public record Bounds(long start, long stop, long step, long count) {}

    /** This slice resolved against {@code length}. */
    public Bounds bounds(PyThreadState ts, long length) {
        long st = unpackStep(ts, step);
        long lo = sliceIndex(ts, start, st < 0 ? Long.MAX_VALUE : 0);
        long hi = sliceIndex(ts, stop, st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        return adjust(length, lo, hi, st);
    }

    /** The step as PySlice_Unpack reads it: None is 1, 0 is an error, clamped so that -step fits. */
    public static long unpackStep(PyThreadState ts, PyObj step) {
        if (step == PyNone.NONE) return 1;
        long s = sliceIndex(ts, step, 1);
        if (s == 0) throw Exceptions.valueError(ts, "slice step cannot be zero");
        return Math.max(s, -Long.MAX_VALUE);
    }

    /**
     * {@code PySlice_AdjustIndices}: clamps unpacked bounds to a sequence of {@code length}
     * items and counts the selected items.
     */
    public static Bounds adjust(long length, long start, long stop, long step) {
        if (start < 0) {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        long count;
        if (step < 0) count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        else count = start < stop ? (stop - start - 1) / step + 1 : 0;
        return new Bounds(start, stop, step, count);
    }

    /**
     * {@code _PyEval_SliceIndex}: None gives {@code dflt}; an int (or an object with
     * {@code __index__}) gives its value clamped to the long range.
     */
    public static long sliceIndex(PyThreadState ts, PyObj o, long dflt) {
        if (o == PyNone.NONE) return dflt;
        return clampedIndex(ts, o, "slice indices must be integers or None or have an __index__ method");
    }

    /** {@code _PyEval_SliceIndexNotNone}: the start/stop arguments of {@code index()} methods. */
    public static long sliceIndexNotNone(PyThreadState ts, PyObj o) {
        return clampedIndex(ts, o, "slice indices must be integers or have an __index__ method");
    }

    private static long clampedIndex(PyThreadState ts, PyObj o, String msg) {
        if (o instanceof PyInt i && !i.isBig()) return i.value;
        if (!Sequences.isIndex(o)) throw Exceptions.typeError(ts, msg);
        PyInt i = Ops.index(ts, o);
        try {
            if (!i.isBig()) return i.value;
            return i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } finally {
            RefCount.decref(i, ts);
        }
    }

    /**
     * {@code _PySlice_GetLongIndices}: (start, stop, step) for a sequence of {@code length}
     * items in arbitrary precision, as {@code slice.indices(length)} returns them.
     */
    public BigInteger[] bigIndices(PyThreadState ts, BigInteger length) {
        BigInteger st = step == PyNone.NONE ? BigInteger.ONE : bigIndex(ts, step);
        if (st.signum() == 0) throw Exceptions.valueError(ts, "slice step cannot be zero");
        boolean neg = st.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? length.subtract(BigInteger.ONE) : length;
        BigInteger lo = start == PyNone.NONE ? (neg ? upper : lower) : clampBig(bigIndex(ts, start), length, lower, upper);
        BigInteger hi = stop == PyNone.NONE ? (neg ? lower : upper) : clampBig(bigIndex(ts, stop), length, lower, upper);
        return new BigInteger[] {lo, hi, st};
    }

    private static BigInteger clampBig(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    private static BigInteger bigIndex(PyThreadState ts, PyObj o) {
        if (!Sequences.isIndex(o)) {
            throw Exceptions.typeError(ts, "slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Ops.index(ts, o);
        BigInteger b = i.toBigInteger();
        RefCount.decref(i, ts);
        return b;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        return new PyStr(ts, "slice(" + Ops.reprString(ts, start) + ", " + Ops.reprString(ts, stop) + ", "
                + Ops.reprString(ts, step) + ")");
    }

    @Override
    public boolean isHashable() {
        return false;
    }

    /** Slices compare as the tuples (start, stop, step). */
    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if (!(other instanceof PySlice o)) return NOT_IMPLEMENTED;
        if (this == o && (op == 2 || op == 3)) return PyBool.of(op == 2);
        PyTuple a = PyTuple.of(ts, start, stop, step);
        PyTuple b = PyTuple.of(ts, o.start, o.stop, o.step);
        try {
            return Ops.richCompare(ts, a, b, op);
        } finally {
            RefCount.decref(a, ts);
            RefCount.decref(b, ts);
        }
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        RefCount.decref(start, ts);
        RefCount.decref(stop, ts);
        RefCount.decref(step, ts);
    }
}
