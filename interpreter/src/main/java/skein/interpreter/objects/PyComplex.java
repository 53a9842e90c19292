package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.builtins.num.ComplexArith;
import skein.interpreter.num.DoubleFormat;
import skein.interpreter.num.Floats;
import skein.interpreter.num.Ints;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code complex}: two doubles. Operators accept complex, float and int operands (an int or
 * float is widened to {@code complex(x, 0)} before the full complex formula, as CPython 3.11
 * does); only {@code + - * / **} exist, and only {@code ==}/{@code !=} compare.
 */
public class PyComplex extends PyObj {
    public final double real, imag;

    protected PyComplex(ThreadState ts, double real, double imag) {
        super(ts);
        this.real = real;
        this.imag = imag;
    }

    private PyComplex(double real, double imag) {
        super();
        this.real = real;
        this.imag = imag;
    }

    public static PyComplex of(ThreadState ts, double real, double imag) {
        return new PyComplex(ts, real, imag);
    }

    /** An immortal complex (a constant of a code object, {@code 2j}). */
    public static PyComplex immortal(double real, double imag) {
        return new PyComplex(real, imag);
    }

    @Override
    public PyType type() {
        return Types.COMPLEX;
    }

    /** This value as an exact {@code complex}: itself when it is one. New reference. */
    public PyComplex asExactComplex(ThreadState ts) {
        if (type() == Types.COMPLEX) {
            RefCount.incref(this, ts);
            return this;
        }
        return of(ts, real, imag);
    }

    /** {@code repr(z)}: {@code 1j}, {@code (1+2j)}, {@code (-0-1j)}, {@code (inf+nanj)}. */
    public static String repr(double re, double im) {
        String ims = DoubleFormat.format(im, 'r', 0, 0);
        if (re == 0 && Math.copySign(1.0, re) == 1.0) return ims + "j";
        String res = DoubleFormat.format(re, 'r', 0, 0);
        String signed = DoubleFormat.format(im, 'r', 0, DoubleFormat.SIGN);
        return "(" + res + signed + "j)";
    }

    // ---- type slots ----

    @Override
    public PyStr repr(PyThreadState ts) {
        return new PyStr(ts, repr(real, imag));
    }

    @Override
    public long hash(PyThreadState ts) {
        long hr = real != real ? identityHash() : Floats.hash(real);
        long hi = imag != imag ? identityHash() : Floats.hash(imag);
        long h = hr + 1000003L * hi; // wraps like CPython's unsigned Py_uhash_t
        return h == -1 ? -2 : h;
    }

    @Override
    public int truth(PyThreadState ts) {
        return real != 0 || imag != 0 ? 1 : 0;
    }

    @Override
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) {
        if (other instanceof PyComplex c) return ComplexArith.binary(ts, op, real, imag, c.real, c.imag);
        if (other instanceof PyFloat || other instanceof PyInt) {
            return ComplexArith.binary(ts, op, real, imag, PyFloat.operandValue(ts, other), 0.0);
        }
        return NOT_IMPLEMENTED;
    }

    @Override
    public PyObj reflectedOp(PyThreadState ts, int op, PyObj other) {
        if (other instanceof PyComplex c) return ComplexArith.binary(ts, op, c.real, c.imag, real, imag);
        if (other instanceof PyFloat || other instanceof PyInt) {
            return ComplexArith.binary(ts, op, PyFloat.operandValue(ts, other), 0.0, real, imag);
        }
        return NOT_IMPLEMENTED;
    }

    @Override
    public PyObj unaryOp(PyThreadState ts, int op) {
        return switch (op) {
            case 0 -> of(ts, -real, -imag);
            case 1 -> asExactComplex(ts);
            case 3 -> PyFloat.of(ts, ComplexArith.abs(ts, real, imag));
            default -> null;
        };
    }

    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        if (op != 2 && op != 3) return NOT_IMPLEMENTED;
        boolean eq;
        if (other instanceof PyComplex c) {
            eq = real == c.real && imag == c.imag;
        } else if (other instanceof PyFloat f) {
            eq = imag == 0 && real == f.value;
        } else if (other instanceof PyInt i) {
            eq = imag == 0 && Ints.compareToDouble(i.toNumber(), real) == 0; // exact, as CPython
        } else {
            return NOT_IMPLEMENTED;
        }
        return PyBool.of(eq == (op == 2));
    }
}
