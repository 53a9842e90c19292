package skein.interpreter.builtins.num;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;

import java.util.Arrays;

/** The dictionary of {@code complex}: arithmetic and equality dunders, {@code real imag conjugate __complex__}, the constructor. */
public final class ComplexType {
    private ComplexType() {}

    private static final String[] NEW_PARAMS = {"real", "imag"};

    public static void install() {
        PyType t = Types.COMPLEX;
        Slots.install(t, PyComplex.class);
        Slots.binary(t, false, 0, 5, 10, 11);
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
        Slots.method(t, "conjugate", (ts, a, k) -> {
            Args.check(ts, "conjugate", a, k, 1, 1);
            PyComplex c = (PyComplex) a[0];
            return PyComplex.of(ts, c.real, -c.imag);
        });
        Slots.method(t, "__complex__", (ts, a, k) -> {
            Args.check(ts, "__complex__", a, k, 1, 1);
            return ((PyComplex) a[0]).asExactComplex(ts);
        });
        Slots.method(t, "__getnewargs__", (ts, a, k) -> {
            Args.check(ts, "__getnewargs__", a, k, 1, 1);
            PyComplex c = (PyComplex) a[0];
            return PyTuple.steal(ts, new PyObj[] {PyFloat.of(ts, c.real), PyFloat.of(ts, c.imag)});
        });
        Slots.method(t, "__format__", (ts, a, k) -> {
            Args.check(ts, "__format__", a, k, 2, 2);
            String spec = IntType.formatSpec(ts, a[1]);
            if (spec.isEmpty()) return Ops.str(ts, a[0]);
            // format specs for complex are not supported yet (unused by the golden corpus)
            throw Exceptions.valueError(ts, "format specs for complex are not supported by Skein yet");
        });
        Slots.getset(t, "real", (ts, self) -> PyFloat.of(ts, ((PyComplex) self).real), null);
        Slots.getset(t, "imag", (ts, self) -> PyFloat.of(ts, ((PyComplex) self).imag), null);
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            PyType cls = IntType.checkNewClass(ts, a, t, "complex");
            PyObj[] b = Args.bind(ts, "complex", Arrays.copyOfRange(a, 1, a.length), k, NEW_PARAMS, 0, 0);
            if (cls == t && b[1] == null && b[0] instanceof PyComplex c && c.type() == t) {
                RefCount.incref(c, ts);
                return c;
            }
            double[] v = ComplexConvert.construct(ts, b[0], b[1]);
            if (cls == t) return PyComplex.of(ts, v[0], v[1]);
            return PyComplexSub.make(ts, cls, v[0], v[1]);
        });
    }

    /** {@code complex.__pow__}: complex, float or int operands; a modulus is a ValueError. */
    static PyObj pow(PyThreadState ts, PyObj x, PyObj y, PyObj mod) {
        double[] a = parts(ts, x), b = parts(ts, y);
        if (a == null || b == null) return PyObj.NOT_IMPLEMENTED;
        if (mod != PyNone.NONE) throw Exceptions.valueError(ts, "complex modulo");
        return ComplexArith.pow(ts, a[0], a[1], b[0], b[1]);
    }

    private static double[] parts(PyThreadState ts, PyObj o) {
        if (o instanceof PyComplex c) return new double[] {c.real, c.imag};
        if (o instanceof PyFloat || o instanceof PyInt) return new double[] {PyFloat.operandValue(ts, o), 0.0};
        return null;
    }
}
