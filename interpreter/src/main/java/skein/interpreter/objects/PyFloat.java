package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.builtins.num.FloatArith;
import skein.interpreter.builtins.num.NumErrors;
import skein.interpreter.num.Floats;
import skein.interpreter.num.Ints;
import skein.interpreter.num.NumError;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code float}: a Java double.
 *
 * <p>The operator slots accept a float or an int operand (bool included), converting the int
 * exactly as CPython's {@code CONVERT_TO_DOUBLE} ({@code OverflowError: int too large to
 * convert to float}); so {@code 1 + 2.5} reaches {@link #reflectedOp} after int declines.
 * Comparisons with ints are exact ({@code 2**53 + 1 != 2.0**53}).
 */
public class PyFloat extends PyObj {
    /**
     * Not final: the eval loop may store an arithmetic result into an operand nothing else
     * references ({@code Fast.floatArithmetic}); a float is immutable to every other observer.
     */
    public double value;

    protected PyFloat(ThreadState ts, double value) {
        super(ts);
        this.value = value;
        if (getClass() == PyFloat.class) markLeaf();
    }

    private PyFloat(double value) {
        super();
        this.value = value;
    }

    public static PyFloat of(ThreadState ts, double v) {
        return new PyFloat(ts, v);
    }

    /** An immortal float (a constant of a code object). */
    public static PyFloat immortal(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return Types.FLOAT;
    }

    /** This value as an exact {@code float} (not a subclass): itself when it is one. New reference. */
    public PyFloat asExactFloat(ThreadState ts) {
        if (type() == Types.FLOAT) {
            RefCount.incref(this, ts);
            return this;
        }
        return of(ts, value);
    }

    /** The value of a float or int operand (ints converted with CPython's overflow check). */
    public static double operandValue(PyThreadState ts, PyObj o) {
        if (o instanceof PyFloat f) return f.value;
        PyInt i = (PyInt) o;
        if (i.big == null) return (double) i.value;
        try {
            return Ints.toDouble(i.big);
        } catch (NumError e) {
            throw NumErrors.raise(ts, e);
        }
    }

    // ---- type slots ----

    @Override
    public PyStr repr(PyThreadState ts) {
        return new PyStr(ts, Floats.repr(value));
    }

    @Override
    public long hash(PyThreadState ts) {
        // a NaN hashes by identity since 3.10, so distinct NaNs do not collide in dicts
        if (value != value) return identityHash();
        return Floats.hash(value);
    }

    @Override
    public int truth(PyThreadState ts) {
        return value != 0 ? 1 : 0;
    }

    @Override
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) {
        if (other instanceof PyFloat f) return FloatArith.binary(ts, op, value, f.value);
        if (other instanceof PyInt) return FloatArith.binary(ts, op, value, operandValue(ts, other));
        return NOT_IMPLEMENTED;
    }

    @Override
    public PyObj reflectedOp(PyThreadState ts, int op, PyObj other) {
        if (other instanceof PyFloat f) return FloatArith.binary(ts, op, f.value, value);
        if (other instanceof PyInt) return FloatArith.binary(ts, op, operandValue(ts, other), value);
        return NOT_IMPLEMENTED;
    }

    @Override
    public PyObj unaryOp(PyThreadState ts, int op) {
        return switch (op) {
            case 0 -> of(ts, -value);
            case 1 -> asExactFloat(ts);
            case 3 -> of(ts, Math.abs(value));
            default -> null;
        };
    }

    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if (other instanceof PyFloat f) return PyBool.of(compareDoubles(value, f.value, op));
        if (other instanceof PyInt i) {
            if (i.big == null && i.value >= -(1L << 53) && i.value <= (1L << 53)) {
                return PyBool.of(compareDoubles(value, (double) i.value, op)); // exact conversion
            }
            int c = Ints.compareToDouble(i.toNumber(), value);
            if (c == Ints.UNORDERED) return PyBool.of(op == 3);
            return PyBool.of(PyInt.compareResult(-c, op));
        }
        return NOT_IMPLEMENTED;
    }

    /** IEEE comparison (Java's operators: a NaN compares false except for !=), op as COMPARE_OP. */
    public static boolean compareDoubles(double a, double b, int op) {
        return switch (op) {
            case 0 -> a < b;
            case 1 -> a <= b;
            case 2 -> a == b;
            case 3 -> a != b;
            case 4 -> a > b;
            default -> a >= b;
        };
    }

    @Override
    public PyObj toFloat(PyThreadState ts) {
        return asExactFloat(ts);
    }
}
