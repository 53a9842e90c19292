package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.num.Ints;
import skein.interpreter.num.MathLib;
import skein.interpreter.num.NumError;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.util.List;

import static skein.interpreter.builtins.ModuleSupport.fn;

/** {@code math.fsum prod hypot dist}: the functions over many values. */
final class MathAggregates {
    private MathAggregates() {}

    private static final String[] PROD_PARAMS = {"iterable", "start"};

    static void install(PyModule m) {
        fn(m, "fsum", (ts, a, k) -> {
            Args.check(ts, "math.fsum", a, k, 1, 1);
            PyObj it = Ops.iter(ts, a[0]);
            MathLib.Fsum acc = new MathLib.Fsum();
            try {
                PyObj x;
                while ((x = Ops.next(ts, it)) != null) {
                    try {
                        acc.add(MathModule.toDouble(ts, x));
                    } finally {
                        RefCount.decref(x, ts);
                    }
                }
                return PyFloat.of(ts, acc.result());
            } catch (NumError e) {
                throw ModuleSupport.numError(ts, e);
            } finally {
                RefCount.decref(it, ts);
            }
        });
        fn(m, "prod", MathAggregates::prod);
        fn(m, "hypot", (ts, a, k) -> {
            Args.noKeywords(ts, "math.hypot", k);
            double[] xs = new double[a.length];
            for (int i = 0; i < a.length; i++) xs[i] = MathModule.toDouble(ts, a[i]);
            return PyFloat.of(ts, MathLib.hypot(xs));
        });
        fn(m, "dist", (ts, a, k) -> {
            Args.check(ts, "dist", a, k, 2, 2);
            double[] p = coordinates(ts, a[0]), q = coordinates(ts, a[1]);
            try {
                return PyFloat.of(ts, MathLib.dist(p, q));
            } catch (NumError e) {
                throw ModuleSupport.numError(ts, e);
            }
        });
    }

    private static double[] coordinates(PyThreadState ts, PyObj seq) {
        List<PyObj> items = ModuleSupport.collect(ts, seq);
        try {
            double[] r = new double[items.size()];
            for (int i = 0; i < r.length; i++) r[i] = MathModule.toDouble(ts, items.get(i));
            return r;
        } finally {
            ModuleSupport.release(ts, items);
        }
    }

    /** {@code math.prod(iterable, *, start=1)}: left to right with {@code *}, exact ints and floats on a fast path. */
    private static PyObj prod(PyThreadState ts, PyObj[] a, PyStr[] k) {
        int npos = Args.npos(a, k);
        if (npos != 1) {
            if (npos == 0) throw Exceptions.typeError(ts, "prod() missing required argument 'iterable' (pos 1)");
            throw Exceptions.typeError(ts, "prod() takes exactly 1 positional argument (" + npos + " given)");
        }
        PyObj[] b = Args.bind(ts, "prod", a, k, PROD_PARAMS, 1, 1);
        PyObj acc = b[1] == null ? PyInt.small(1) : b[1];
        RefCount.incref(acc, ts);
        PyObj it;
        try {
            it = Ops.iter(ts, b[0]);
        } catch (PyException e) {
            RefCount.decref(acc, ts);
            throw e;
        }
        try {
            PyObj x;
            while ((x = Ops.next(ts, it)) != null) {
                PyObj r;
                try {
                    r = multiply(ts, acc, x);
                } finally {
                    RefCount.decref(x, ts);
                }
                RefCount.decref(acc, ts);
                acc = r;
            }
            PyObj r = acc;
            acc = null;
            return r;
        } finally {
            if (acc != null) RefCount.decref(acc, ts);
            RefCount.decref(it, ts);
        }
    }

    private static PyObj multiply(PyThreadState ts, PyObj a, PyObj b) {
        PyType ta = a.type(), tb = b.type();
        if (ta == Types.INT && tb == Types.INT) {
            return MathModule.result(ts, Ints.mul(((PyInt) a).toNumber(), ((PyInt) b).toNumber()));
        }
        if (ta == Types.FLOAT && tb == Types.FLOAT) return PyFloat.of(ts, ((PyFloat) a).value * ((PyFloat) b).value);
        return Ops.binaryOp(ts, a, b, 5);
    }
}
