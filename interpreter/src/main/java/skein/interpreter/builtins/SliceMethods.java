package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.Slots;

import java.math.BigInteger;

/** The Python-visible methods and attributes of {@code slice}. */
final class SliceMethods {
    private SliceMethods() {}

    static void install() {
        PyType t = Types.SLICE;
        Slots.install(t, PySlice.class);
        Slots.compare(t);
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            SequenceTypes.checkNewType(ts, "slice", a, Types.SLICE);
            Args.noKeywords(ts, "slice", k);
            int n = a.length - 1;
            if (n < 1) throw Exceptions.typeError(ts, "slice expected at least 1 argument, got " + n);
            if (n > 3) throw Exceptions.typeError(ts, "slice expected at most 3 arguments, got " + n);
            if (n == 1) return new PySlice(ts, null, a[1], null);
            return new PySlice(ts, a[1], a[2], n == 3 ? a[3] : null);
        });
        Slots.method(t, "indices", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "slice.indices", a, k);
            PyInt len = Ops.index(ts, a[1]);
            BigInteger length = len.toBigInteger();
            RefCount.decref(len, ts);
            if (length.signum() < 0) throw Exceptions.valueError(ts, "length should not be negative");
            BigInteger[] r = ((PySlice) a[0]).bigIndices(ts, length);
            return PyTuple.steal(ts, new PyObj[] {PyInt.of(ts, r[0]), PyInt.of(ts, r[1]), PyInt.of(ts, r[2])});
        });
        Slots.getset(t, "start", (ts, self) -> own(ts, ((PySlice) self).start), null);
        Slots.getset(t, "stop", (ts, self) -> own(ts, ((PySlice) self).stop), null);
        Slots.getset(t, "step", (ts, self) -> own(ts, ((PySlice) self).step), null);
    }

    private static PyObj own(skein.interpreter.runtime.PyThreadState ts, PyObj o) {
        RefCount.incref(o, ts);
        return o;
    }
}
