package skein.interpreter.builtins.num;

import skein.gc.RefCount;
import skein.interpreter.num.Formatter;
import skein.interpreter.num.Ints;
import skein.interpreter.num.NumError;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;

import java.util.Arrays;

/**
 * The dictionary of {@code int} and {@code bool}: the slot dunders, the conversions
 * ({@code __int__ __float__ __trunc__ __floor__ __ceil__ __round__ __format__}), the
 * three-argument {@code __pow__}, {@code __divmod__}, the methods and attributes of 3.11
 * ({@code int.is_integer} does not exist before 3.12), and the constructors.
 */
public final class IntType {
    private IntType() {}

    private static final String[] NEW_PARAMS = {"x", "base"};
    private static final String[] ROUND_PARAMS = {"ndigits"};

    public static void install() {
        PyType t = Types.INT;
        Slots.install(t, PyInt.class);
        Slots.binary(t, false, 0, 1, 2, 3, 5, 6, 7, 9, 10, 11, 12);
        Slots.compare(t);
        Slots.unary(t, 0, 1, 2, 3);
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
        for (String n : new String[] {"__int__", "__trunc__", "__floor__", "__ceil__", "conjugate"}) {
            Slots.method(t, n, (ts, a, k) -> {
                Args.check(ts, n, a, k, 1, 1);
                return ((PyInt) a[0]).asExactInt(ts);
            });
        }
        Slots.method(t, "__float__", (ts, a, k) -> {
            Args.check(ts, "__float__", a, k, 1, 1);
            return a[0].toFloat(ts);
        });
        Slots.method(t, "__round__", IntType::round);
        Slots.method(t, "__format__", (ts, a, k) -> {
            Args.check(ts, "__format__", a, k, 2, 2);
            String spec = formatSpec(ts, a[1]);
            if (spec.isEmpty()) return Ops.str(ts, a[0]);
            try {
                return new PyStr(ts, Formatter.formatInt(((PyInt) a[0]).toNumber(), spec, a[0].typeName()));
            } catch (NumError e) {
                throw NumErrors.raise(ts, e);
            }
        });
        Slots.method(t, "__getnewargs__", (ts, a, k) -> {
            Args.check(ts, "__getnewargs__", a, k, 1, 1);
            PyInt v = ((PyInt) a[0]).asExactInt(ts);
            PyTuple r = PyTuple.of(ts, v);
            RefCount.decref(v, ts);
            return r;
        });
        Slots.method(t, "bit_length", (ts, a, k) -> {
            Args.check(ts, "bit_length", a, k, 1, 1);
            return PyInt.of(ts, Ints.bitLength(((PyInt) a[0]).toNumber()));
        });
        Slots.method(t, "bit_count", (ts, a, k) -> {
            Args.check(ts, "bit_count", a, k, 1, 1);
            return PyInt.of(ts, Ints.bitCount(((PyInt) a[0]).toNumber()));
        });
        Slots.method(t, "as_integer_ratio", (ts, a, k) -> {
            Args.check(ts, "as_integer_ratio", a, k, 1, 1);
            PyInt v = ((PyInt) a[0]).asExactInt(ts);
            PyTuple r = PyTuple.of(ts, v, PyInt.small(1));
            RefCount.decref(v, ts);
            return r;
        });
        Slots.getset(t, "real", (ts, self) -> ((PyInt) self).asExactInt(ts), null);
        Slots.getset(t, "numerator", (ts, self) -> ((PyInt) self).asExactInt(ts), null);
        Slots.getset(t, "imag", (ts, self) -> PyInt.small(0), null);
        Slots.getset(t, "denominator", (ts, self) -> PyInt.small(1), null);
        Slots.staticMethod(t, "__new__", IntType::intNew);
        installBool();
    }

    private static void installBool() {
        PyType t = Types.BOOL;
        t.markFinal();
        Slots.install(t, PyBool.class);
        Slots.binary(t, false, 1, 7, 12);
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            PyType cls = checkNewClass(ts, a, t, "bool");
            if (cls != t) throw Exceptions.typeError(ts, "bool.__new__(" + cls.name() + ") is not safe, use int.__new__()");
            Args.noKeywords(ts, "bool", k);
            if (a.length > 2) throw Exceptions.typeError(ts, "bool expected at most 1 argument, got " + (a.length - 1));
            return a.length == 1 ? PyBool.FALSE : PyBool.of(Ops.isTrue(ts, a[1]));
        });
    }

    /** The class argument of a {@code __new__}, checked to be {@code base} or a subtype. */
    static PyType checkNewClass(PyThreadState ts, PyObj[] a, PyType base, String name) {
        if (a.length == 0) throw Exceptions.typeError(ts, name + ".__new__(): not enough arguments");
        if (!(a[0] instanceof PyType cls)) {
            throw Exceptions.typeError(ts, name + ".__new__(X): X is not a type object (" + a[0].typeName() + ")");
        }
        if (!cls.isSubtypeOf(base)) {
            throw Exceptions.typeError(ts, name + ".__new__(" + cls.name() + "): " + cls.name() + " is not a subtype of " + name);
        }
        return cls;
    }

    /** {@code int.__new__(cls, x=0, /, base=10)}; a heap subclass gets a {@link PyIntSub}. */
    private static PyObj intNew(PyThreadState ts, PyObj[] a, PyStr[] k) {
        PyType cls = checkNewClass(ts, a, Types.INT, "int");
        PyObj[] b = Args.bind(ts, "int", Arrays.copyOfRange(a, 1, a.length), k, NEW_PARAMS, 1, 0);
        PyInt v;
        if (b[0] == null) {
            if (b[1] != null) throw Exceptions.typeError(ts, "int() missing string argument");
            v = PyInt.small(0);
        } else if (b[1] == null) {
            v = NumConvert.toInt(ts, b[0]);
        } else {
            v = NumConvert.parseInt(ts, b[0], b[1]);
        }
        if (cls == Types.INT) return v;
        PyIntSub r = PyIntSub.make(ts, cls, v);
        RefCount.decref(v, ts);
        return r;
    }

    /** {@code int.__round__(ndigits=None)}. */
    private static PyObj round(PyThreadState ts, PyObj[] a, PyStr[] k) {
        PyObj[] b = Args.bind(ts, "__round__", Arrays.copyOfRange(a, 1, a.length), k, ROUND_PARAMS, 0, 0);
        PyInt self = (PyInt) a[0];
        if (b[0] == null || b[0] == PyNone.NONE) return self.asExactInt(ts);
        PyInt nd = Ops.index(ts, b[0]);
        try {
            return PyInt.fromNumber(ts, Ints.round(self.toNumber(), nd.toNumber()));
        } finally {
            RefCount.decref(nd, ts);
        }
    }

    /** {@code int.__pow__(self, other, mod)}: ints only; a float or complex operand declines. */
    static PyObj pow(PyThreadState ts, PyObj x, PyObj y, PyObj mod) {
        if (!(x instanceof PyInt a) || !(y instanceof PyInt b)) return PyObj.NOT_IMPLEMENTED;
        if (mod == PyNone.NONE) return IntArith.binary(ts, 8, a, b);
        if (!(mod instanceof PyInt m)) return PyObj.NOT_IMPLEMENTED;
        return IntArith.pow3(ts, a, b, m);
    }

    /** {@code divmod} of two ints as a tuple, NOT_IMPLEMENTED for anything else. */
    static PyObj divmod(PyThreadState ts, PyObj x, PyObj y) {
        if (!(x instanceof PyInt a) || !(y instanceof PyInt b)) return PyObj.NOT_IMPLEMENTED;
        return PyTuple.steal(ts, IntArith.divmod(ts, a, b));
    }

    /** The spec argument of {@code __format__}. */
    static String formatSpec(PyThreadState ts, PyObj spec) {
        if (spec instanceof PyStr s) return s.value;
        throw Exceptions.typeError(ts, "__format__() argument must be str, not " + spec.typeName());
    }
}
