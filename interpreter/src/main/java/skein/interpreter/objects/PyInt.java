package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.builtins.num.IntArith;
import skein.interpreter.builtins.num.NumErrors;
import skein.interpreter.num.Ints;
import skein.interpreter.num.NumError;
import skein.interpreter.runtime.PyThreadState;

import java.math.BigInteger;

/**
 * {@code int}: a Java {@code long} while the value fits, a {@link BigInteger} beyond (never
 * both: {@link #big} is null exactly when the value fits in a long). Small ints (-5..256)
 * are cached and immortal, as in CPython.
 *
 * <p>The type slots below follow CPython's {@code long_as_number}: an operator answers only
 * for int operands (bool included) and returns NOT_IMPLEMENTED for a float or complex, whose
 * reflected methods then do the mixed arithmetic, so that {@code (1).__add__(1.0)} is
 * NotImplemented as in CPython and a float subclass's {@code __radd__} is honoured. Results
 * are always exact ints, also for subclass operands ({@code MyInt(2) + 1} is an int). The
 * arithmetic itself is in {@link IntArith}.
 */
public class PyInt extends PyObj {
    public static final int SMALL_MIN = -5, SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) SMALL[i - SMALL_MIN] = new PyInt(i);
    }

    public final long value;
    /** The value when it does not fit in a long, else null. */
    public final BigInteger big;

    protected PyInt(ThreadState ts, long value) {
        super(ts);
        this.value = value;
        this.big = null;
        if (getClass() == PyInt.class) markLeaf();
    }

    protected PyInt(ThreadState ts, BigInteger big) {
        super(ts);
        this.value = 0;
        this.big = big;
        if (getClass() == PyInt.class) markLeaf();
    }

    /** Immortal (small ints, booleans). */
    PyInt(long value) {
        super();
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big, boolean immortal) {
        super();
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(ThreadState ts, long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) return SMALL[(int) v - SMALL_MIN];
        return new PyInt(ts, v);
    }

    /** A Python int for {@code v}, as a long when it fits. */
    public static PyInt of(ThreadState ts, BigInteger v) {
        if (v.bitLength() < 64) return of(ts, v.longValue());
        return new PyInt(ts, v);
    }

    /** A Python int for a value of the num library ({@code Long} or {@code BigInteger}). */
    public static PyInt fromNumber(ThreadState ts, Number n) {
        if (n instanceof BigInteger b) return of(ts, b);
        return of(ts, n.longValue());
    }

    /** The small int {@code v} (-5..256): immortal, no thread state needed. */
    public static PyInt small(int v) {
        return SMALL[v - SMALL_MIN];
    }

    /** An immortal int for a constant of a code object. */
    public static PyInt immortal(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) return SMALL[(int) v - SMALL_MIN];
        return new PyInt(v);
    }

    public static PyInt immortal(BigInteger v) {
        if (v.bitLength() < 64) return immortal(v.longValue());
        return new PyInt(v, true);
    }

    @Override
    public PyType type() {
        return Types.INT;
    }

    public boolean isBig() {
        return big != null;
    }

    public BigInteger toBigInteger() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as a Java Number: Long or BigInteger (the num library's representation). */
    public Number toNumber() {
        return big != null ? big : (Number) value;
    }

    /** This value as an exact {@code int} (not bool nor a subclass): itself when it is one. New reference. */
    public PyInt asExactInt(ThreadState ts) {
        if (type() == Types.INT) {
            RefCount.incref(this, ts);
            return this;
        }
        return big != null ? new PyInt(ts, big) : of(ts, value);
    }

    /** Whether the value is zero. */
    public boolean isZero() {
        return big == null && value == 0;
    }

    /** -1, 0 or 1. */
    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    // ---- type slots ----

    @Override
    public PyStr repr(PyThreadState ts) {
        if (big == null) return new PyStr(ts, Long.toString(value));
        try {
            return new PyStr(ts, Ints.toString(big));
        } catch (NumError e) {
            throw NumErrors.raise(ts, e);
        }
    }

    @Override
    public long hash(PyThreadState ts) {
        if (big == null && value > -Ints.HASH_MODULUS && value < Ints.HASH_MODULUS) return value == -1 ? -2 : value;
        return Ints.hash(toNumber());
    }

    @Override
    public int truth(PyThreadState ts) {
        return big != null || value != 0 ? 1 : 0;
    }

    @Override
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) {
        if (other instanceof PyInt o) return IntArith.binary(ts, op, this, o);
        return NOT_IMPLEMENTED;
    }

    @Override
    public PyObj reflectedOp(PyThreadState ts, int op, PyObj other) {
        if (other instanceof PyInt o) return IntArith.binary(ts, op, o, this);
        return NOT_IMPLEMENTED;
    }

    @Override
    public PyObj unaryOp(PyThreadState ts, int op) {
        switch (op) {
            case 0:
                if (big == null) return IntArith.negate(ts, value);
                return of(ts, big.negate());
            case 1:
                return asExactInt(ts);
            case 2:
                return big == null ? of(ts, ~value) : of(ts, big.not());
            case 3:
                return signum() < 0 ? unaryOp(ts, 0) : asExactInt(ts);
            default:
                return null;
        }
    }

    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if (other instanceof PyInt o) return PyBool.of(compareResult(IntArith.compare(this, o), op));
        return NOT_IMPLEMENTED;
    }

    /** Applies an ordered comparison result (negative, zero, positive) to a COMPARE_OP number. */
    public static boolean compareResult(int c, int op) {
        return switch (op) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c == 0;
            case 3 -> c != 0;
            case 4 -> c > 0;
            default -> c >= 0;
        };
    }

    @Override
    public PyObj index(PyThreadState ts) {
        return asExactInt(ts);
    }

    @Override
    public PyObj toFloat(PyThreadState ts) {
        if (big == null) return PyFloat.of(ts, (double) value);
        try {
            return PyFloat.of(ts, Ints.toDouble(big));
        } catch (NumError e) {
            throw NumErrors.raise(ts, e);
        }
    }
}
