package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;

import java.math.BigInteger;

/** The Python-visible methods and attributes of {@code range}. */
final class RangeMethods {
    private RangeMethods() {}

    static void install() {
        PyType t = Types.RANGE;
        Slots.install(t, PyRange.class);
        Slots.compare(t);
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            SequenceTypes.checkNewType(ts, "range", a, Types.RANGE);
            Args.noKeywords(ts, "range", k);
            int n = a.length - 1;
            if (n < 1) throw Exceptions.typeError(ts, "range expected at least 1 argument, got " + n);
            if (n > 3) throw Exceptions.typeError(ts, "range expected at most 3 arguments, got " + n);
            return make(ts, a, n);
        });
        Slots.method(t, "count", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "range.count", a, k);
            return ((PyRange) a[0]).count(ts, a[1]);
        });
        Slots.method(t, "index", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "range.index", a, k);
            return ((PyRange) a[0]).index(ts, a[1]);
        });
        Slots.method(t, "__reversed__", (ts, a, k) -> {
            SeqArgs.noArgs(ts, "range.__reversed__", a, k);
            return ((PyRange) a[0]).reversedIter(ts);
        });
        Slots.getset(t, "start", (ts, self) -> PyInt.of(ts, ((PyRange) self).start), null);
        Slots.getset(t, "stop", (ts, self) -> PyInt.of(ts, ((PyRange) self).stop), null);
        Slots.getset(t, "step", (ts, self) -> PyInt.of(ts, ((PyRange) self).step), null);
    }

    private static PyRange make(PyThreadState ts, PyObj[] a, int n) {
        BigInteger start = BigInteger.ZERO, step = BigInteger.ONE, stop;
        if (n == 1) {
            stop = bound(ts, a[1]);
        } else {
            start = bound(ts, a[1]);
            stop = bound(ts, a[2]);
            if (n == 3) {
                step = bound(ts, a[3]);
                if (step.signum() == 0) throw Exceptions.valueError(ts, "range() arg 3 must not be zero");
            }
        }
        return new PyRange(ts, start, stop, step);
    }

    private static BigInteger bound(PyThreadState ts, PyObj o) {
        PyInt i = Ops.index(ts, o);
        BigInteger b = i.toBigInteger();
        RefCount.decref(i, ts);
        return b;
    }
}
