package skein.interpreter.builtins.num;

import skein.interpreter.num.Floats;
import skein.interpreter.num.Ints;
import skein.interpreter.num.NumError;
import skein.interpreter.objects.PyFloat;
import skein.interpreter.objects.PyInt;
import skein.interpreter.objects.PyObj;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyThreadState;

import java.math.BigInteger;

/**
 * The binary operators of {@code int} (BINARY_OP numbering) on two int operands.
 *
 * <h2>Fast path</h2>
 * When both operands hold a {@code long} (the overwhelmingly common case) the operation is
 * done inline on primitives: overflow is detected with the sign-bit tricks of
 * {@code Math.addExact} (or {@code Math.multiplyHigh} for products) and only then does the
 * computation move to {@link BigInteger}; results go through {@link PyInt#of}, which returns
 * the cached immortal object for -5..256, so small results allocate nothing. No boxing to
 * {@code Long} happens on this path; the {@link Ints} library (which works on {@code Number})
 * is used only for big operands and rare operators.
 */
public final class IntArith {
    private IntArith() {}

    /** {@code a op b}, a new reference; NOT_IMPLEMENTED for {@code @}. */
    public static PyObj binary(PyThreadState ts, int op, PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value;
            switch (op) {
                case 0: {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) < 0) return PyInt.of(ts, BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
                    return PyInt.of(ts, r);
                }
                case 10: {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) < 0) return PyInt.of(ts, BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
                    return PyInt.of(ts, r);
                }
                case 5: {
                    long lo = x * y, hi = Math.multiplyHigh(x, y);
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(ts, lo);
                    return PyInt.of(ts, BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
                }
                case 2:
                    if (y == 0) throw Exceptions.zeroDivision(ts, "integer division or modulo by zero");
                    if (y == -1) return negate(ts, x);
                    return PyInt.of(ts, Math.floorDiv(x, y));
                case 6:
                    if (y == 0) throw Exceptions.zeroDivision(ts, "integer modulo by zero");
                    return PyInt.of(ts, Math.floorMod(x, y));
                case 1: return PyInt.of(ts, x & y);
                case 7: return PyInt.of(ts, x | y);
                case 12: return PyInt.of(ts, x ^ y);
                case 3:
                    if (y < 0) throw Exceptions.valueError(ts, "negative shift count");
                    if (y < 63) {
                        long r = x << y;
                        if ((r >> y) == x) return PyInt.of(ts, r);
                    }
                    break;
                case 9:
                    if (y < 0) throw Exceptions.valueError(ts, "negative shift count");
                    return PyInt.of(ts, y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
                case 11: {
                    if (y == 0) throw Exceptions.zeroDivision(ts, "division by zero");
                    final long lim = 1L << 53;
                    // both exactly representable: one IEEE division is correctly rounded
                    if (-lim <= x && x <= lim && -lim <= y && y <= lim) return PyFloat.of(ts, (double) x / (double) y);
                    break;
                }
                case 8:
                    if (y >= 0 && y < 64) {
                        long r = powSmall(x, (int) y);
                        if (r != OVERFLOW) return PyInt.of(ts, r);
                    }
                    break;
                case 4: return PyObj.NOT_IMPLEMENTED;
                default: break;
            }
        }
        return slow(ts, op, a.toNumber(), b.toNumber());
    }

    /** Marks "does not fit in a long" for {@link #powSmall}; itself never a result of it. */
    private static final long OVERFLOW = Long.MIN_VALUE;

    /** {@code x ** n} by repeated squaring in longs, or {@link #OVERFLOW}. */
    private static long powSmall(long x, int n) {
        long result = 1;
        while (true) {
            if ((n & 1) != 0) {
                long lo = result * x, hi = Math.multiplyHigh(result, x);
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) || lo == OVERFLOW) return OVERFLOW;
                result = lo;
            }
            n >>>= 1;
            if (n == 0) return result;
            long lo = x * x, hi = Math.multiplyHigh(x, x);
            if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) return OVERFLOW;
            x = lo;
        }
    }

    /** {@code -x} for a long, promoting {@code -Long.MIN_VALUE} to a big int. */
    public static PyInt negate(PyThreadState ts, long x) {
        if (x == Long.MIN_VALUE) return PyInt.of(ts, BigInteger.valueOf(x).negate());
        return PyInt.of(ts, -x);
    }

    private static PyObj slow(PyThreadState ts, int op, Number x, Number y) {
        try {
            return switch (op) {
                case 0 -> PyInt.fromNumber(ts, Ints.add(x, y));
                case 10 -> PyInt.fromNumber(ts, Ints.sub(x, y));
                case 5 -> PyInt.fromNumber(ts, Ints.mul(x, y));
                case 2 -> PyInt.fromNumber(ts, Ints.floorDiv(x, y));
                case 6 -> PyInt.fromNumber(ts, Ints.mod(x, y));
                case 1 -> PyInt.fromNumber(ts, Ints.and(x, y));
                case 7 -> PyInt.fromNumber(ts, Ints.or(x, y));
                case 12 -> PyInt.fromNumber(ts, Ints.xor(x, y));
                case 3 -> PyInt.fromNumber(ts, Ints.shiftLeft(x, y));
                case 9 -> PyInt.fromNumber(ts, Ints.shiftRight(x, y));
                case 11 -> PyFloat.of(ts, Ints.trueDivide(x, y));
                case 8 -> pow(ts, x, y);
                default -> PyObj.NOT_IMPLEMENTED;
            };
        } catch (NumError e) {
            throw NumErrors.raise(ts, e);
        }
    }

    /** {@code x ** y}: an int for y >= 0, else a float (as CPython, via float power). */
    private static PyObj pow(PyThreadState ts, Number x, Number y) {
        if (Ints.signum(y) < 0) return PyFloat.of(ts, Floats.pow(Ints.toDouble(x), Ints.toDouble(y)));
        return PyInt.fromNumber(ts, Ints.powNonNegative(x, y));
    }

    /** Three-argument {@code pow(a, b, mod)} on ints (negative exponents take a modular inverse). */
    public static PyInt pow3(PyThreadState ts, PyInt a, PyInt b, PyInt mod) {
        try {
            return PyInt.fromNumber(ts, Ints.pow(a.toNumber(), b.toNumber(), mod.toNumber()));
        } catch (NumError e) {
            throw NumErrors.raise(ts, e);
        }
    }

    /** {@code divmod(a, b)} as a pair of new references. */
    public static PyObj[] divmod(PyThreadState ts, PyInt a, PyInt b) {
        if (a.big == null && b.big == null && b.value != 0 && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return new PyObj[] {PyInt.of(ts, Math.floorDiv(a.value, b.value)), PyInt.of(ts, Math.floorMod(a.value, b.value))};
        }
        try {
            Number[] qr = Ints.divmod(a.toNumber(), b.toNumber());
            PyInt q = PyInt.fromNumber(ts, qr[0]);
            return new PyObj[] {q, PyInt.fromNumber(ts, qr[1])};
        } catch (NumError e) {
            throw NumErrors.raise(ts, e);
        }
    }

    /** Exact comparison of two ints: negative, zero or positive. */
    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Long.compare(a.value, b.value);
        return a.toBigInteger().compareTo(b.toBigInteger());
    }
}
