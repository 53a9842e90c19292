package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;

/** The Python-visible methods of {@code tuple}. */
final class TupleMethods {
    private TupleMethods() {}

    static void install() {
        PyType t = Types.TUPLE;
        t.setFactory((ts, type) -> type == Types.TUPLE ? PyTuple.EMPTY : new PyTuple.Sub(ts, type, new PyObj[0]));
        Slots.install(t, PyTuple.class);
        Slots.compare(t);
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            PyType cls = SequenceTypes.checkNewType(ts, "tuple", a, Types.TUPLE);
            Args.noKeywords(ts, "tuple", k);
            if (a.length > 2) throw Exceptions.typeError(ts, "tuple expected at most 1 argument, got " + (a.length - 1));
            return make(ts, cls, a.length == 2 ? a[1] : null);
        });
        Slots.method(t, "count", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "tuple.count", a, k);
            return PyInt.of(ts, ((PyTuple) a[0]).count(ts, a[1]));
        });
        Slots.method(t, "index", (ts, a, k) -> {
            int n = SeqArgs.range(ts, "tuple", "index", a, k, 1, 3);
            PyTuple self = (PyTuple) a[0];
            long[] r = SequenceTypes.indexRange(ts, a, n, self.size());
            long i = self.find(ts, a[1], r[0], r[1]);
            if (i < 0) throw Exceptions.valueError(ts, "tuple.index(x): x not in tuple");
            return PyInt.of(ts, i);
        });
        Slots.method(t, "__add__", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "tuple.__add__", a, k);
            return a[0].binaryOp(ts, 0, a[1]);
        });
        Slots.method(t, "__mul__", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "tuple.__mul__", a, k);
            return a[0].binaryOp(ts, 5, a[1]);
        });
        Slots.method(t, "__rmul__", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "tuple.__rmul__", a, k);
            return a[0].reflectedOp(ts, 5, a[1]);
        });
        Slots.method(t, "__getnewargs__", (ts, a, k) -> {
            SeqArgs.noArgs(ts, "tuple.__getnewargs__", a, k);
            PyTuple self = (PyTuple) a[0];
            PyTuple copy = PyTuple.of(ts, self.array());
            PyTuple r = PyTuple.of(ts, copy);
            RefCount.decref(copy, ts);
            return r;
        });
    }

    /** {@code tuple(iterable)} for {@code cls} (tuple or a subclass); iterable null for {@code tuple()}. */
    static PyObj make(PyThreadState ts, PyType cls, PyObj iterable) {
        if (cls == Types.TUPLE) {
            return iterable == null ? PyTuple.EMPTY : PyTuple.fromIterable(ts, iterable);
        }
        PyObj[] items = iterable == null ? new PyObj[0] : Sequences.toArray(ts, iterable);
        return new PyTuple.Sub(ts, cls, items);
    }
}
