package skein.interpreter.builtins.num;

import skein.gc.RefCount;
import skein.interpreter.num.Floats;
import skein.interpreter.num.Ints;
import skein.interpreter.num.NumError;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

/**
 * Conversions behind the number constructors, with CPython's protocols and messages:
 * {@code int(x)} ({@code PyNumber_Long}: {@code __int__}, {@code __index__}, {@code __trunc__},
 * strings), {@code int(s, base)}, {@code float(x)} ({@code PyNumber_Float}: {@code __float__},
 * {@code __index__}, strings) and {@link #asDouble} ({@code PyFloat_AsDouble}, for functions
 * taking a real number). For builtin operand types the Java slots answer directly; for
 * classes the dunders are looked up, so a Python override wins.
 */
public final class NumConvert {
    private NumConvert() {}

    static final PyStr S_TRUNC = PyStr.intern("__trunc__");

    /** {@code int(x)}: an exact int, new reference. */
    public static PyInt toInt(PyThreadState ts, PyObj x) {
        PyType t = x.type();
        if (!t.isHeapType()) {
            if (x instanceof PyInt i) return i.asExactInt(ts);
            if (x instanceof PyFloat f) return fromDouble(ts, f.value);
            if (x instanceof PyStr s) return parseInt(ts, s.value, 10);
            PyObj r = x.index(ts);
            if (r != null) return exactIntResult(ts, r, "__index__");
            throw notConvertible(ts, x);
        }
        PyObj r = Ops.callDunder(ts, x, Ops.S_INT);
        if (r != null) return exactIntResult(ts, r, "__int__");
        r = Ops.callDunder(ts, x, Ops.S_INDEX);
        if (r != null) return exactIntResult(ts, r, "__index__");
        r = Ops.callDunder(ts, x, S_TRUNC);
        if (r != null) {
            if (r instanceof PyInt) return exactIntResult(ts, r, "__trunc__");
            try {
                if (r.type().lookup(Ops.S_INDEX) == null) {
                    throw Exceptions.typeError(ts, "__trunc__ returned non-Integral (type " + r.typeName() + ")");
                }
                PyInt i = Ops.index(ts, r);
                PyInt e = i.asExactInt(ts);
                RefCount.decref(i, ts);
                return e;
            } finally {
                RefCount.decref(r, ts);
            }
        }
        if (x instanceof PyStr s) return parseInt(ts, s.value, 10);
        throw notConvertible(ts, x);
    }

    private static skein.interpreter.runtime.PyException notConvertible(PyThreadState ts, PyObj x) {
        return Exceptions.typeError(ts, "int() argument must be a string, a bytes-like object or a real number, not '"
                + x.typeName() + "'");
    }

    /** Checks the result (a new reference, consumed) of {@code __int__}/{@code __index__}; an int subclass becomes an exact int. */
    private static PyInt exactIntResult(PyThreadState ts, PyObj r, String dunder) {
        if (!(r instanceof PyInt i)) {
            String tn = r.typeName();
            RefCount.decref(r, ts);
            throw Exceptions.typeError(ts, dunder + " returned non-int (type " + tn + ")");
        }
        if (i.type() == Types.INT) return i;
        PyInt e = i.asExactInt(ts); // CPython also warns (DeprecationWarning) here
        RefCount.decref(i, ts);
        return e;
    }

    /** {@code int(d)}: truncation; OverflowError for infinities, ValueError for NaN. */
    public static PyInt fromDouble(PyThreadState ts, double d) {
        if (d > -0x1p63 && d < 0x1p63) return PyInt.of(ts, (long) d);
        try {
            return PyInt.fromNumber(ts, Ints.fromDouble(d));
        } catch (NumError e) {
            throw NumErrors.raise(ts, e);
        }
    }

    /** {@code int(s, base)} for a Java string. */
    public static PyInt parseInt(PyThreadState ts, String s, int base) {
        try {
            return PyInt.fromNumber(ts, Ints.parse(s, base));
        } catch (NumError e) {
            throw NumErrors.raise(ts, e);
        }
    }

    /** {@code int(x, base)}: x must be a str; base any index in 0, 2..36. */
    public static PyInt parseInt(PyThreadState ts, PyObj x, PyObj base) {
        PyInt b = Ops.index(ts, base);
        long bv = b.isBig() ? -1 : b.value;
        RefCount.decref(b, ts);
        if (!(x instanceof PyStr s)) {
            throw Exceptions.typeError(ts, "int() can't convert non-string with explicit base");
        }
        if ((bv != 0 && bv < 2) || bv > 36) throw Exceptions.valueError(ts, "int() base must be >= 2 and <= 36, or 0");
        return parseInt(ts, s.value, (int) bv);
    }

    /** {@code float(x)}: an exact float, new reference. */
    public static PyFloat toFloat(PyThreadState ts, PyObj x) {
        PyType t = x.type();
        if (!t.isHeapType()) {
            if (x instanceof PyFloat f) return f.asExactFloat(ts);
            if (x instanceof PyInt i) return (PyFloat) i.toFloat(ts);
            if (x instanceof PyStr s) return parseFloat(ts, s.value);
            PyObj r = x.toFloat(ts);
            if (r != null) return exactFloatResult(ts, x, r);
            r = x.index(ts);
            if (r != null) return intResultToFloat(ts, r);
            throw Exceptions.typeError(ts, "float() argument must be a string or a real number, not '" + x.typeName() + "'");
        }
        PyObj r = Ops.callDunder(ts, x, Ops.S_FLOAT);
        if (r != null) return exactFloatResult(ts, x, r);
        r = Ops.callDunder(ts, x, Ops.S_INDEX);
        if (r != null) return intResultToFloat(ts, r);
        if (x instanceof PyStr s) return parseFloat(ts, s.value);
        throw Exceptions.typeError(ts, "float() argument must be a string or a real number, not '" + x.typeName() + "'");
    }

    private static PyFloat exactFloatResult(PyThreadState ts, PyObj x, PyObj r) {
        if (!(r instanceof PyFloat f)) {
            String tn = r.typeName();
            RefCount.decref(r, ts);
            throw Exceptions.typeError(ts, x.typeName() + ".__float__ returned non-float (type " + tn + ")");
        }
        if (f.type() == Types.FLOAT) return f;
        PyFloat e = f.asExactFloat(ts);
        RefCount.decref(f, ts);
        return e;
    }

    /** The result (consumed) of {@code __index__} as a float. */
    private static PyFloat intResultToFloat(PyThreadState ts, PyObj r) {
        try {
            if (!(r instanceof PyInt i)) {
                throw Exceptions.typeError(ts, "__index__ returned non-int (type " + r.typeName() + ")");
            }
            return (PyFloat) i.toFloat(ts);
        } finally {
            RefCount.decref(r, ts);
        }
    }

    /** {@code float(s)} for a Java string. */
    public static PyFloat parseFloat(PyThreadState ts, String s) {
        try {
            return PyFloat.of(ts, Floats.parse(s));
        } catch (NumError e) {
            throw NumErrors.raise(ts, e);
        }
    }

    /**
     * {@code PyFloat_AsDouble}: the value of a real number for a function that takes one
     * ({@code math.sqrt(x)}): a float, {@code __float__}, or {@code __index__};
     * {@code TypeError: must be real number, not str} otherwise.
     */
    public static double asDouble(PyThreadState ts, PyObj x) {
        if (x instanceof PyFloat f) return f.value;
        if (x instanceof PyInt i && !x.type().isHeapType()) return PyFloat.operandValue(ts, i);
        PyType t = x.type();
        PyObj r = t.isHeapType() ? Ops.callDunder(ts, x, Ops.S_FLOAT) : x.toFloat(ts);
        if (r != null) {
            PyFloat f = exactFloatResult(ts, x, r);
            double v = f.value;
            RefCount.decref(f, ts);
            return v;
        }
        r = t.isHeapType() ? Ops.callDunder(ts, x, Ops.S_INDEX) : x.index(ts);
        if (r != null) {
            PyFloat f = intResultToFloat(ts, r);
            double v = f.value;
            RefCount.decref(f, ts);
            return v;
        }
        throw Exceptions.typeError(ts, "must be real number, not " + x.typeName());
    }
}
