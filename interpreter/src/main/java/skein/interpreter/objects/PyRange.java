package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

import java.math.BigInteger;

/**
 * {@code range(start, stop, step)}: an arithmetic progression computed, never materialised.
 * Bounds are arbitrary-precision ({@code range(10**20)[-1]} works) and kept as
 * {@link BigInteger}s; when start, step and length all fit in a long the common operations
 * take a long-arithmetic path ({@link #small}).
 */
public final class PyRange extends PyObj {
    public final BigInteger start, stop, step, length;
    /** start, step and length fit in a long (and so does every item). */
    final boolean small;
    final long sStart, sStep, sLength;

    /** A range of the given bounds; the step must not be zero (checked by the constructor's caller). */
    public PyRange(ThreadState ts, BigInteger start, BigInteger stop, BigInteger step) {
        super(ts);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
        BigInteger last = length.signum() == 0 ? start : start.add(length.subtract(BigInteger.ONE).multiply(step));
        this.small = fits(start) && fits(step) && fits(length) && fits(last) && fits(stop);
        this.sStart = start.longValue();
        this.sStep = step.longValue();
        this.sLength = length.longValue();
    }

    public static PyRange of(ThreadState ts, long start, long stop, long step) {
        return new PyRange(ts, BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
    }

    private static boolean fits(BigInteger b) {
        return b.bitLength() < 64;
    }

    /** CPython's {@code compute_range_length}. */
    static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) return BigInteger.ZERO;
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
    }

    @Override
    public PyType type() {
        return Types.RANGE;
    }

    /** Item {@code i} (0 ≤ i &lt; length) as an int. */
    BigInteger itemAt(BigInteger i) {
        return start.add(i.multiply(step));
    }

    @Override
    public long len(PyThreadState ts) {
        if (!fits(length)) throw Exceptions.overflowError(ts, "Python int too large to convert to C ssize_t");
        return length.longValue();
    }

    @Override
    public int truth(PyThreadState ts) {
        return length.signum() != 0 ? 1 : 0;
    }

    @Override
    public PyObj getItem(PyThreadState ts, PyObj key) {
        if (key instanceof PyInt || Sequences.isIndex(key)) {
            PyInt k = Ops.index(ts, key);
            try {
                if (small && !k.isBig()) {
                    long i = k.value;
                    if (i < 0) i += sLength;
                    if (i < 0 || i >= sLength) throw Exceptions.indexError(ts, "range object index out of range");
                    return PyInt.of(ts, sStart + i * sStep);
                }
                BigInteger i = k.toBigInteger();
                if (i.signum() < 0) i = i.add(length);
                if (i.signum() < 0 || i.compareTo(length) >= 0) {
                    throw Exceptions.indexError(ts, "range object index out of range");
                }
                return PyInt.of(ts, itemAt(i));
            } finally {
                RefCount.decref(k, ts);
            }
        }
        if (key instanceof PySlice s) {
            BigInteger[] b = s.bigIndices(ts, length);
            return new PyRange(ts, itemAt(b[0]), itemAt(b[1]), step.multiply(b[2]));
        }
        throw Exceptions.typeError(ts, "range indices must be integers or slices, not " + key.typeName());
    }

    /** For an int {@code x}: its position in the range, or -1 (no Python code runs). */
    BigInteger positionOf(BigInteger x) {
        if (length.signum() == 0) return null;
        BigInteger off = x.subtract(start);
        BigInteger[] qr = off.divideAndRemainder(step);
        if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(length) >= 0) return null;
        return qr[0];
    }

    /** Whether {@code x} is an int (or bool) exactly, for the arithmetic fast paths as CPython's PyLong_CheckExact || PyBool_Check. */
    static boolean isExactInt(PyObj x) {
        return x.type() == Types.INT || x.type() == Types.BOOL;
    }

    @Override
    public int contains(PyThreadState ts, PyObj x) {
        if (isExactInt(x)) return positionOf(((PyInt) x).toBigInteger()) != null ? 1 : 0;
        return linearFind(ts, x) != null ? 1 : 0;
    }

    /** Position of the first item equal to {@code x} by {@code ==}, iterating; null if none. */
    BigInteger linearFind(PyThreadState ts, PyObj x) {
        PyObj it = iter(ts);
        try {
            BigInteger i = BigInteger.ZERO;
            PyObj v;
            while ((v = it.next(ts)) != null) {
                boolean eq;
                try {
                    eq = Ops.eq(ts, v, x);
                } finally {
                    RefCount.decref(v, ts);
                }
                if (eq) return i;
                i = i.add(BigInteger.ONE);
            }
            return null;
        } finally {
            RefCount.decref(it, ts);
        }
    }

    /** {@code range.index(x)}. */
    public PyObj index(PyThreadState ts, PyObj x) {
        if (isExactInt(x)) {
            BigInteger p = positionOf(((PyInt) x).toBigInteger());
            if (p == null) throw Exceptions.valueError(ts, Ops.reprString(ts, x) + " is not in range");
            return PyInt.of(ts, p);
        }
        BigInteger p = linearFind(ts, x);
        if (p == null) throw Exceptions.valueError(ts, "sequence.index(x): x not in sequence");
        return PyInt.of(ts, p);
    }

    /** {@code range.count(x)}. */
    public PyObj count(PyThreadState ts, PyObj x) {
        if (isExactInt(x)) return PyInt.small(positionOf(((PyInt) x).toBigInteger()) != null ? 1 : 0);
        long c = 0;
        PyObj it = iter(ts);
        try {
            PyObj v;
            while ((v = it.next(ts)) != null) {
                try {
                    if (Ops.eq(ts, v, x)) c++;
                } finally {
                    RefCount.decref(v, ts);
                }
            }
        } finally {
            RefCount.decref(it, ts);
        }
        return PyInt.of(ts, c);
    }

    @Override
    public PyObj iter(PyThreadState ts) {
        if (small) return new PyRangeIterator(ts, sStart, sStep, sLength);
        return new PyRangeIterator(ts, start, step, length);
    }

    /** {@code reversed(range)}: a range iterator running backwards from the last item. */
    public PyObj reversedIter(PyThreadState ts) {
        BigInteger last = start.add(length.subtract(BigInteger.ONE).multiply(step));
        if (small && fits(step.negate())) return new PyRangeIterator(ts, last.longValue(), -sStep, sLength);
        return new PyRangeIterator(ts, last, step.negate(), length);
    }

    /** Ranges are equal when they produce the same sequence (CPython's {@code range_equals}). */
    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if (!(other instanceof PyRange o) || (op != 2 && op != 3)) return NOT_IMPLEMENTED;
        boolean eq = this == o || sameSequence(o);
        return PyBool.of(eq == (op == 2));
    }

    private boolean sameSequence(PyRange o) {
        if (!length.equals(o.length)) return false;
        if (length.signum() == 0) return true;
        if (!start.equals(o.start)) return false;
        return length.equals(BigInteger.ONE) || step.equals(o.step);
    }

    /** The hash of the tuple (len, start, step) with None for what does not matter, as CPython's. */
    @Override
    public long hash(PyThreadState ts) {
        long none = Ops.hash(ts, PyNone.NONE);
        long[] lanes = new long[3];
        lanes[0] = hashInt(length);
        if (length.signum() == 0) {
            lanes[1] = none;
            lanes[2] = none;
        } else {
            lanes[1] = hashInt(start);
            lanes[2] = length.equals(BigInteger.ONE) ? none : hashInt(step);
        }
        return PyTuple.hashOfHashes(lanes);
    }

    private static long hashInt(BigInteger b) {
        return skein.interpreter.num.Ints.hash(b);
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        if (step.equals(BigInteger.ONE)) return new PyStr(ts, "range(" + start + ", " + stop + ")");
        return new PyStr(ts, "range(" + start + ", " + stop + ", " + step + ")");
    }
}
