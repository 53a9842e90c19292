package skein.interpreter.builtins.num;

import skein.interpreter.num.ComplexResult;
import skein.interpreter.num.Floats;
import skein.interpreter.num.NumError;
import skein.interpreter.objects.PyComplex;
import skein.interpreter.objects.PyFloat;
import skein.interpreter.objects.PyObj;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyThreadState;

/**
 * The binary operators of {@code float} on two doubles (an int operand has already been
 * converted, as CPython's {@code CONVERT_TO_DOUBLE}). {@code + - *} and a non-zero divisor are
 * plain IEEE arithmetic, which is exactly Python's; floor division, modulo and power carry
 * CPython's sign rules and errors ({@link Floats}).
 */
public final class FloatArith {
    private FloatArith() {}

    /** {@code x op y} as a new reference, or NOT_IMPLEMENTED for operators float lacks. */
    public static PyObj binary(PyThreadState ts, int op, double x, double y) {
        switch (op) {
            case 0: return PyFloat.of(ts, x + y);
            case 10: return PyFloat.of(ts, x - y);
            case 5: return PyFloat.of(ts, x * y);
            case 11:
                if (y == 0) throw Exceptions.zeroDivision(ts, "float division by zero");
                return PyFloat.of(ts, x / y);
            case 2: case 6: case 8:
                try {
                    if (op == 2) return PyFloat.of(ts, Floats.floorDiv(x, y));
                    if (op == 6) return PyFloat.of(ts, Floats.mod(x, y));
                    return pow(ts, x, y);
                } catch (NumError e) {
                    throw NumErrors.raise(ts, e);
                }
            default:
                return PyObj.NOT_IMPLEMENTED;
        }
    }

    /** {@code x ** y}: a float, or a complex for a negative base and a fractional exponent. */
    static PyObj pow(PyThreadState ts, double x, double y) {
        try {
            return PyFloat.of(ts, Floats.pow(x, y));
        } catch (ComplexResult c) {
            return PyComplex.of(ts, c.real(), c.imag());
        }
    }

    /** {@code divmod(x, y)} for floats as a pair of new references. */
    public static PyObj[] divmod(PyThreadState ts, double x, double y) {
        try {
            double[] qr = Floats.divmod(x, y);
            return new PyObj[] {PyFloat.of(ts, qr[0]), PyFloat.of(ts, qr[1])};
        } catch (NumError e) {
            throw NumErrors.raise(ts, e);
        }
    }
}
