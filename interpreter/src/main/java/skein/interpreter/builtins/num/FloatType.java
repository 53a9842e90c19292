package skein.interpreter.builtins.num;

import skein.gc.RefCount;
import skein.interpreter.num.Floats;
import skein.interpreter.num.Formatter;
import skein.interpreter.num.NumError;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;

import java.util.Arrays;

/**
 * The dictionary of {@code float}: slot dunders, {@code __pow__} refusing a modulus,
 * {@code __divmod__}, conversions to int ({@code __int__ __trunc__ __floor__ __ceil__
 * __round__}), {@code __format__}, the 3.11 methods ({@code is_integer as_integer_ratio hex
 * fromhex conjugate}), {@code real}/{@code imag}, and the constructor.
 */
public final class FloatType {
    private FloatType() {}

    private static final String[] ROUND_PARAMS = {"ndigits"};

    public static void install() {
        PyType t = Types.FLOAT;
        Slots.install(t, PyFloat.class);
        Slots.binary(t, false, 0, 2, 5, 6, 10, 11);
        Slots.compare(t);
        Slots.unary(t, 0, 1, 3);
        Slots.method(t, "__pow__", (ts, a, k) -> {
            Args.check(ts, "__pow__", a, k, 2, 3);
            return pow(ts, a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE);
        });
        Slots.method(t, "__rpow__", (ts, a, k) -> {
            Args.check(ts, "__rpow__", a, k, 2, 3);
            return pow(ts, a[1], a[0], a.length > 2 ? a[2] : PyNone.NONE);
        });
        Slots.method(t, "__divmod__", (ts, a, k) -> {
            Args.check(ts, "__divmod__", a, k, 2, 2);
            return divmod(ts, a[0], a[1]);
        });
        Slots.method(t, "__rdivmod__", (ts, a, k) -> {
            Args.check(ts, "__rdivmod__", a, k, 2, 2);
            return divmod(ts, a[1], a[0]);
        });
        Slots.method(t, "__float__", (ts, a, k) -> {
            Args.check(ts, "__float__", a, k, 1, 1);
            return ((PyFloat) a[0]).asExactFloat(ts);
        });
        Slots.method(t, "conjugate", (ts, a, k) -> {
            Args.check(ts, "conjugate", a, k, 1, 1);
            return ((PyFloat) a[0]).asExactFloat(ts);
        });
        Slots.method(t, "__int__", (ts, a, k) -> {
            Args.check(ts, "__int__", a, k, 1, 1);
            return NumConvert.fromDouble(ts, ((PyFloat) a[0]).value);
        });
        Slots.method(t, "__trunc__", (ts, a, k) -> {
            Args.check(ts, "__trunc__", a, k, 1, 1);
            return NumConvert.fromDouble(ts, ((PyFloat) a[0]).value);
        });
        Slots.method(t, "__floor__", (ts, a, k) -> {
            Args.check(ts, "__floor__", a, k, 1, 1);
            return NumConvert.fromDouble(ts, Math.floor(((PyFloat) a[0]).value));
        });
        Slots.method(t, "__ceil__", (ts, a, k) -> {
            Args.check(ts, "__ceil__", a, k, 1, 1);
            return NumConvert.fromDouble(ts, Math.ceil(((PyFloat) a[0]).value));
        });
        Slots.method(t, "__round__", FloatType::round);
        Slots.method(t, "__format__", (ts, a, k) -> {
            Args.check(ts, "__format__", a, k, 2, 2);
            String spec = IntType.formatSpec(ts, a[1]);
            if (spec.isEmpty()) return Ops.str(ts, a[0]);
            try {
                return new PyStr(ts, Formatter.formatFloat(((PyFloat) a[0]).value, spec, a[0].typeName()));
            } catch (NumError e) {
                throw NumErrors.raise(ts, e);
            }
        });
        Slots.method(t, "__getnewargs__", (ts, a, k) -> {
            Args.check(ts, "__getnewargs__", a, k, 1, 1);
            PyFloat v = ((PyFloat) a[0]).asExactFloat(ts);
            PyTuple r = PyTuple.of(ts, v);
            RefCount.decref(v, ts);
            return r;
        });
        Slots.method(t, "is_integer", (ts, a, k) -> {
            Args.check(ts, "is_integer", a, k, 1, 1);
            return PyBool.of(Floats.isInteger(((PyFloat) a[0]).value));
        });
        Slots.method(t, "as_integer_ratio", (ts, a, k) -> {
            Args.check(ts, "as_integer_ratio", a, k, 1, 1);
            try {
                Number[] r = Floats.asIntegerRatio(((PyFloat) a[0]).value);
                return PyTuple.steal(ts, new PyObj[] {PyInt.fromNumber(ts, r[0]), PyInt.fromNumber(ts, r[1])});
            } catch (NumError e) {
                throw NumErrors.raise(ts, e);
            }
        });
        Slots.method(t, "hex", (ts, a, k) -> {
            Args.check(ts, "hex", a, k, 1, 1);
            return new PyStr(ts, Floats.hex(((PyFloat) a[0]).value));
        });
        Slots.classMethod(t, "fromhex", (ts, a, k) -> {
            Args.check(ts, "fromhex", a, k, 2, 2);
            if (!(a[1] instanceof PyStr s)) {
                throw skein.interpreter.runtime.Exceptions.typeError(ts, "fromhex() argument must be str, not " + a[1].typeName());
            }
            double v;
            try {
                v = Floats.fromHex(s.value);
            } catch (NumError e) {
                throw NumErrors.raise(ts, e);
            }
            PyFloat f = PyFloat.of(ts, v);
            if (a[0] == Types.FLOAT) return f;
            try {
                return Ops.call(ts, a[0], f); // a subclass: cls(value), as CPython
            } finally {
                RefCount.decref(f, ts);
            }
        });
        Slots.getset(t, "real", (ts, self) -> ((PyFloat) self).asExactFloat(ts), null);
        Slots.getset(t, "imag", (ts, self) -> PyFloat.of(ts, 0.0), null);
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            PyType cls = IntType.checkNewClass(ts, a, t, "float");
            Args.noKeywords(ts, "float", k);
            if (a.length > 2) throw Args.countError(ts, "float", a.length - 1, 0, 1);
            PyFloat v = a.length == 1 ? PyFloat.of(ts, 0.0) : NumConvert.toFloat(ts, a[1]);
            if (cls == t) return v;
            PyFloatSub r = PyFloatSub.make(ts, cls, v.value);
            RefCount.decref(v, ts);
            return r;
        });
    }

    /** {@code float.__round__(ndigits=None)}: an int without ndigits, else a float. */
    private static PyObj round(PyThreadState ts, PyObj[] a, PyStr[] k) {
        PyObj[] b = Args.bind(ts, "__round__", Arrays.copyOfRange(a, 1, a.length), k, ROUND_PARAMS, 0, 0);
        double x = ((PyFloat) a[0]).value;
        try {
            if (b[0] == null || b[0] == PyNone.NONE) return PyInt.fromNumber(ts, Floats.round(x));
            PyInt nd = Ops.index(ts, b[0]);
            try {
                return PyFloat.of(ts, Floats.round(x, nd.toNumber()));
            } finally {
                RefCount.decref(nd, ts);
            }
        } catch (NumError e) {
            throw NumErrors.raise(ts, e);
        }
    }

    /** {@code float.__pow__}: float or int operands; a modulus is a TypeError. */
    static PyObj pow(PyThreadState ts, PyObj x, PyObj y, PyObj mod) {
        if (mod != PyNone.NONE) {
            throw skein.interpreter.runtime.Exceptions.typeError(ts, "pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (!isReal(x) || !isReal(y)) return PyObj.NOT_IMPLEMENTED;
        return FloatArith.binary(ts, 8, PyFloat.operandValue(ts, x), PyFloat.operandValue(ts, y));
    }

    /** {@code divmod} of floats (or a float and an int) as a tuple; NOT_IMPLEMENTED otherwise. */
    static PyObj divmod(PyThreadState ts, PyObj x, PyObj y) {
        if (!isReal(x) || !isReal(y)) return PyObj.NOT_IMPLEMENTED;
        return PyTuple.steal(ts, FloatArith.divmod(ts, PyFloat.operandValue(ts, x), PyFloat.operandValue(ts, y)));
    }

    private static boolean isReal(PyObj o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }
}
