package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.num.MathLib;
import skein.interpreter.num.NumError;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.util.function.DoubleFunction;

import static skein.interpreter.builtins.ModuleSupport.fn;

/** {@code math.floor ceil trunc frexp modf ldexp isclose}: the functions between floats and ints. */
final class MathRounding {
    private MathRounding() {}

    private static final PyStr S_FLOOR = PyStr.intern("__floor__");
    private static final PyStr S_CEIL = PyStr.intern("__ceil__");
    private static final PyStr S_TRUNC = PyStr.intern("__trunc__");
    private static final String[] ISCLOSE_PARAMS = {"a", "b", "rel_tol", "abs_tol"};

    static void install(PyModule m) {
        fn(m, "floor", (ts, a, k) -> {
            Args.check(ts, "math.floor", a, k, 1, 1);
            return toInt(ts, a[0], S_FLOOR, MathLib::floor, true);
        });
        fn(m, "ceil", (ts, a, k) -> {
            Args.check(ts, "math.ceil", a, k, 1, 1);
            return toInt(ts, a[0], S_CEIL, MathLib::ceil, true);
        });
        fn(m, "trunc", (ts, a, k) -> {
            Args.check(ts, "math.trunc", a, k, 1, 1);
            return toInt(ts, a[0], S_TRUNC, MathLib::trunc, false);
        });
        fn(m, "frexp", (ts, a, k) -> {
            Args.check(ts, "math.frexp", a, k, 1, 1);
            MathLib.Frexp r = MathLib.frexp(MathModule.toDouble(ts, a[0]));
            return MathModule.pair(ts, PyFloat.of(ts, r.mantissa()), PyInt.of(ts, r.exponent()));
        });
        fn(m, "modf", (ts, a, k) -> {
            Args.check(ts, "math.modf", a, k, 1, 1);
            double[] r = MathLib.modf(MathModule.toDouble(ts, a[0]));
            return MathModule.pair(ts, PyFloat.of(ts, r[0]), PyFloat.of(ts, r[1]));
        });
        fn(m, "ldexp", (ts, a, k) -> {
            Args.check(ts, "ldexp", a, k, 2, 2);
            double x = MathModule.toDouble(ts, a[0]);
            if (!(a[1] instanceof PyInt i)) throw Exceptions.typeError(ts, "Expected an int as second argument to ldexp.");
            try {
                return PyFloat.of(ts, MathLib.ldexp(x, i.toNumber()));
            } catch (NumError e) {
                throw ModuleSupport.numError(ts, e);
            }
        });
        fn(m, "isclose", (ts, a, k) -> {
            int npos = Args.npos(a, k);
            if (npos > 2) throw Exceptions.typeError(ts, "isclose() takes exactly 2 positional arguments (" + npos + " given)");
            PyObj[] b = ModuleSupport.bind(ts, "isclose", a, k, ISCLOSE_PARAMS, 0, 2);
            double x = MathModule.toDouble(ts, b[0]), y = MathModule.toDouble(ts, b[1]);
            double rel = b[2] == null ? 1e-09 : MathModule.toDouble(ts, b[2]);
            double abs = b[3] == null ? 0.0 : MathModule.toDouble(ts, b[3]);
            try {
                return PyBool.of(MathLib.isclose(x, y, rel, abs));
            } catch (NumError e) {
                throw ModuleSupport.numError(ts, e);
            }
        });
    }

    /**
     * floor/ceil/trunc: ints are returned as plain ints, floats converted exactly; other objects
     * use their dunder; without one, floor and ceil convert to float first, trunc fails.
     */
    private static PyObj toInt(PyThreadState ts, PyObj x, PyStr dunder, DoubleFunction<Number> f, boolean viaFloat) {
        PyType t = x.type();
        if (!t.isHeapType()) {
            if (x instanceof PyFloat fl) return convert(ts, f, fl.value);
            if (x instanceof PyInt i) {
                if (t == Types.INT) {
                    RefCount.incref(i, ts);
                    return i;
                }
                return MathModule.result(ts, i.toNumber());
            }
        }
        PyObj m = t.lookup(dunder);
        if (m != null && m != PyNone.NONE) return Ops.callMethod(ts, m, x, new PyObj[0], null);
        if (!viaFloat) throw Exceptions.typeError(ts, "type " + t.name() + " doesn't define " + dunder.value + " method");
        return convert(ts, f, MathModule.toDouble(ts, x));
    }

    private static PyObj convert(PyThreadState ts, DoubleFunction<Number> f, double d) {
        try {
            return MathModule.result(ts, f.apply(d));
        } catch (NumError e) {
            throw ModuleSupport.numError(ts, e);
        }
    }
}
