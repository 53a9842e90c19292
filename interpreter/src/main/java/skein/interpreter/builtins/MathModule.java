package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.num.Ints;
import skein.interpreter.num.MathLib;
import skein.interpreter.num.NumError;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

import static skein.interpreter.builtins.ModuleSupport.fn;
import static skein.interpreter.builtins.ModuleSupport.put;

/**
 * The {@code math} module: argument conversion and errors around {@link MathLib}, which
 * holds the numerics. Float arguments accept ints, floats and objects with
 * {@code __float__} or {@code __index__} ("must be real number, not str" otherwise); integer
 * arguments go through {@code __index__}. {@code floor}, {@code ceil} and {@code trunc} call
 * the argument's {@code __floor__}/{@code __ceil__}/{@code __trunc__} unless it is a float or
 * an int.
 */
public final class MathModule {
    private MathModule() {}

    private static volatile PyModule module;

    public static PyModule get() {
        PyModule m = module;
        if (m != null) return m;
        synchronized (MathModule.class) {
            if (module == null) module = create();
            return module;
        }
    }

    /**
     * {@code PyFloat_AsDouble}: a float's value; an int converted exactly-rounded (OverflowError if
     * too large); else {@code __float__} then {@code __index__}; TypeError "must be real number".
     */
    public static double toDouble(PyThreadState ts, PyObj o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return intToDouble(ts, i);
        PyType t = o.type();
        PyObj r;
        if (!t.isHeapType()) {
            r = o.toFloat(ts);
            if (r == null) r = o.index(ts);
        } else {
            PyObj f = t.lookup(Ops.S_FLOAT);
            if (f != null) {
                r = Ops.callMethod(ts, f, o, new PyObj[0], null);
                if (!(r instanceof PyFloat)) {
                    String tn = r.typeName();
                    RefCount.decref(r, ts);
                    throw Exceptions.typeError(ts, t.name() + ".__float__ returned non-float (type " + tn + ")");
                }
            } else {
                r = t.lookup(Ops.S_INDEX) != null ? Ops.index(ts, o) : null;
            }
        }
        if (r == null) throw Exceptions.typeError(ts, "must be real number, not " + t.name());
        try {
            if (r instanceof PyFloat f) return f.value;
            return intToDouble(ts, (PyInt) r);
        } finally {
            RefCount.decref(r, ts);
        }
    }

    private static double intToDouble(PyThreadState ts, PyInt i) {
        if (!i.isBig()) return (double) i.value;
        try {
            return Ints.toDouble(i.big);
        } catch (NumError e) {
            throw ModuleSupport.numError(ts, e);
        }
    }

    /** An integer argument through {@code __index__}, as the num library's Long/BigInteger. */
    static Number toInteger(PyThreadState ts, PyObj o) {
        if (o instanceof PyInt i) return i.toNumber();
        PyInt i = Ops.index(ts, o);
        Number n = i.toNumber();
        RefCount.decref(i, ts);
        return n;
    }

    /** A float or int argument as MathLib's log family takes it (Double, or Long/BigInteger for exact big logs). */
    private static Object toReal(PyThreadState ts, PyObj o) {
        if (o instanceof PyInt i) return i.toNumber();
        return toDouble(ts, o);
    }

    static PyObj result(PyThreadState ts, Number n) {
        return n instanceof Long l ? PyInt.of(ts, l) : PyInt.of(ts, Ints.big(n));
    }

    /** Runs a MathLib computation, turning its errors into Python exceptions. */
    private static <T> T guard(PyThreadState ts, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (NumError e) {
            throw ModuleSupport.numError(ts, e);
        }
    }

    private static void f1(PyModule m, String name, DoubleUnaryOperator op) {
        String qn = "math." + name;
        fn(m, name, (ts, a, k) -> {
            Args.check(ts, qn, a, k, 1, 1);
            double x = toDouble(ts, a[0]);
            return PyFloat.of(ts, guard(ts, () -> op.applyAsDouble(x)));
        });
    }

    private static void f2(PyModule m, String name, DoubleBinaryOperator op) {
        fn(m, name, (ts, a, k) -> {
            Args.check(ts, name, a, k, 2, 2);
            double x = toDouble(ts, a[0]), y = toDouble(ts, a[1]);
            return PyFloat.of(ts, guard(ts, () -> op.applyAsDouble(x, y)));
        });
    }

    private static void bool1(PyModule m, String name, java.util.function.DoublePredicate p) {
        String qn = "math." + name;
        fn(m, name, (ts, a, k) -> {
            Args.check(ts, qn, a, k, 1, 1);
            return PyBool.of(p.test(toDouble(ts, a[0])));
        });
    }

    private static void int1(PyModule m, String name, Function<Number, Number> f) {
        String qn = "math." + name;
        fn(m, name, (ts, a, k) -> {
            Args.check(ts, qn, a, k, 1, 1);
            Number n = toInteger(ts, a[0]);
            return result(ts, guard(ts, () -> f.apply(n)));
        });
    }

    private static void log1(PyModule m, String name, Function<Object, Double> f) {
        String qn = "math." + name;
        fn(m, name, (ts, a, k) -> {
            Args.check(ts, qn, a, k, 1, 1);
            Object x = toReal(ts, a[0]);
            return PyFloat.of(ts, guard(ts, () -> f.apply(x)));
        });
    }

    private static PyModule create() {
        PyModule m = new PyModule("math");
        put(m, "__name__", PyStr.intern("math"));
        put(m, "__doc__", PyNone.NONE);
        put(m, "pi", PyFloat.immortal(MathLib.PI));
        put(m, "e", PyFloat.immortal(MathLib.E));
        put(m, "tau", PyFloat.immortal(MathLib.TAU));
        put(m, "inf", PyFloat.immortal(MathLib.INF));
        put(m, "nan", PyFloat.immortal(MathLib.NAN));

        f1(m, "sqrt", MathLib::sqrt);
        f1(m, "cbrt", MathLib::cbrt);
        f1(m, "exp", MathLib::exp);
        f1(m, "exp2", MathLib::exp2);
        f1(m, "expm1", MathLib::expm1);
        f1(m, "log1p", MathLib::log1p);
        f1(m, "sin", MathLib::sin);
        f1(m, "cos", MathLib::cos);
        f1(m, "tan", MathLib::tan);
        f1(m, "asin", MathLib::asin);
        f1(m, "acos", MathLib::acos);
        f1(m, "atan", MathLib::atan);
        f1(m, "sinh", MathLib::sinh);
        f1(m, "cosh", MathLib::cosh);
        f1(m, "tanh", MathLib::tanh);
        f1(m, "asinh", MathLib::asinh);
        f1(m, "acosh", MathLib::acosh);
        f1(m, "atanh", MathLib::atanh);
        f1(m, "degrees", MathLib::degrees);
        f1(m, "radians", MathLib::radians);
        f1(m, "erf", MathLib::erf);
        f1(m, "erfc", MathLib::erfc);
        f1(m, "gamma", MathLib::gamma);
        f1(m, "lgamma", MathLib::lgamma);
        f1(m, "fabs", MathLib::fabs);
        f1(m, "ulp", MathLib::ulp);
        f2(m, "atan2", MathLib::atan2);
        f2(m, "copysign", MathLib::copysign);
        f2(m, "fmod", MathLib::fmod);
        f2(m, "remainder", MathLib::remainder);
        f2(m, "pow", MathLib::pow);
        f2(m, "nextafter", MathLib::nextafter);
        bool1(m, "isfinite", MathLib::isfinite);
        bool1(m, "isinf", MathLib::isinf);
        bool1(m, "isnan", MathLib::isnan);
        log1(m, "log2", MathLib::log2);
        log1(m, "log10", MathLib::log10);
        fn(m, "log", (ts, a, k) -> {
            Args.noKeywords(ts, "math.log", k);
            if (a.length < 1 || a.length > 2) throw Exceptions.typeError(ts, "math.log requires 1 to 2 arguments");
            Object x = toReal(ts, a[0]);
            if (a.length == 1) return PyFloat.of(ts, guard(ts, () -> MathLib.log(x)));
            Object base = toReal(ts, a[1]);
            return PyFloat.of(ts, guard(ts, () -> MathLib.log(x, base)));
        });

        int1(m, "isqrt", MathLib::isqrt);
        int1(m, "factorial", MathLib::factorial);
        fn(m, "gcd", (ts, a, k) -> {
            Args.noKeywords(ts, "math.gcd", k);
            return result(ts, guard(ts, () -> MathLib.gcd(integers(ts, a))));
        });
        fn(m, "lcm", (ts, a, k) -> {
            Args.noKeywords(ts, "math.lcm", k);
            return result(ts, guard(ts, () -> MathLib.lcm(integers(ts, a))));
        });
        fn(m, "comb", (ts, a, k) -> {
            Args.check(ts, "comb", a, k, 2, 2);
            Number n = toInteger(ts, a[0]), r = toInteger(ts, a[1]);
            return result(ts, guard(ts, () -> MathLib.comb(n, r)));
        });
        fn(m, "perm", (ts, a, k) -> {
            Args.check(ts, "perm", a, k, 1, 2);
            Number n = toInteger(ts, a[0]);
            if (a.length == 1 || a[1] == PyNone.NONE) return result(ts, guard(ts, () -> MathLib.perm(n)));
            Number r = toInteger(ts, a[1]);
            return result(ts, guard(ts, () -> MathLib.perm(n, r)));
        });

        MathRounding.install(m);
        MathAggregates.install(m);
        return m;
    }

    private static Number[] integers(PyThreadState ts, PyObj[] a) {
        Number[] ns = new Number[a.length];
        for (int i = 0; i < a.length; i++) ns[i] = toInteger(ts, a[i]);
        return ns;
    }

    static PyObj pair(PyThreadState ts, PyObj a, PyObj b) {
        try {
            return PyTuple.of(ts, a, b);
        } finally {
            RefCount.decref(a, ts);
            RefCount.decref(b, ts);
        }
    }

}
