package skein.interpreter.builtins;

import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.Slots;

/** The Python-visible methods of {@code list}: argument parsing over the operations of {@link PyList}. */
final class ListMethods {
    private ListMethods() {}

    static void install() {
        PyType t = Types.LIST;
        t.setFactory((ts, type) -> type == Types.LIST ? new PyList(ts) : new PyList.Sub(ts, type));
        Slots.install(t, PyList.class);
        Slots.compare(t);
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            PyType cls = SequenceTypes.checkNewType(ts, "list", a, Types.LIST);
            return cls == Types.LIST ? new PyList(ts) : new PyList.Sub(ts, cls);
        });
        Slots.method(t, "__init__", (ts, a, k) -> {
            Args.noKeywords(ts, "list", k);
            if (a.length > 2) throw Exceptions.typeError(ts, "list expected at most 1 argument, got " + (a.length - 1));
            PyList self = (PyList) a[0];
            self.clear(ts);
            if (a.length == 2) self.extend(ts, a[1]);
            return PyNone.NONE;
        });
        Slots.method(t, "append", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "list.append", a, k);
            ((PyList) a[0]).append(ts, a[1]);
            return PyNone.NONE;
        });
        Slots.method(t, "extend", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "list.extend", a, k);
            ((PyList) a[0]).extend(ts, a[1]);
            return PyNone.NONE;
        });
        Slots.method(t, "insert", (ts, a, k) -> {
            SeqArgs.range(ts, "list", "insert", a, k, 2, 2);
            ((PyList) a[0]).insert(ts, Sequences.ssize(ts, a[1]), a[2]);
            return PyNone.NONE;
        });
        Slots.method(t, "pop", (ts, a, k) -> {
            int n = SeqArgs.range(ts, "list", "pop", a, k, 0, 1);
            return ((PyList) a[0]).pop(ts, n == 0 ? -1 : Sequences.ssize(ts, a[1]));
        });
        Slots.method(t, "remove", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "list.remove", a, k);
            ((PyList) a[0]).remove(ts, a[1]);
            return PyNone.NONE;
        });
        Slots.method(t, "index", (ts, a, k) -> {
            int n = SeqArgs.range(ts, "list", "index", a, k, 1, 3);
            PyList self = (PyList) a[0];
            long[] r = SequenceTypes.indexRange(ts, a, n, self.size());
            long i = self.find(ts, a[1], r[0], r[1]);
            if (i < 0) throw Exceptions.valueError(ts, Ops.reprString(ts, a[1]) + " is not in list");
            return PyInt.of(ts, i);
        });
        Slots.method(t, "count", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "list.count", a, k);
            return PyInt.of(ts, ((PyList) a[0]).count(ts, a[1]));
        });
        Slots.method(t, "clear", (ts, a, k) -> {
            SeqArgs.noArgs(ts, "list.clear", a, k);
            ((PyList) a[0]).clear(ts);
            return PyNone.NONE;
        });
        Slots.method(t, "copy", (ts, a, k) -> {
            SeqArgs.noArgs(ts, "list.copy", a, k);
            PyList self = (PyList) a[0];
            PyObj[] items = self.snapshot(ts);
            return PyList.steal(ts, items, items.length);
        });
        Slots.method(t, "reverse", (ts, a, k) -> {
            SeqArgs.noArgs(ts, "list.reverse", a, k);
            ((PyList) a[0]).reverse(ts);
            return PyNone.NONE;
        });
        Slots.method(t, "sort", (ts, a, k) -> {
            PyObj[] kw = SequenceTypes.sortKeywords(ts, a, k);
            if (Args.npos(a, k) > 1) throw Exceptions.typeError(ts, "sort() takes no positional arguments");
            ((PyList) a[0]).sort(ts, kw[0], SequenceTypes.reverseFlag(ts, kw[1]));
            return PyNone.NONE;
        });
        Slots.method(t, "__reversed__", (ts, a, k) -> {
            SeqArgs.noArgs(ts, "list.__reversed__", a, k);
            return new PyListIterator(ts, (PyList) a[0], true);
        });
        Slots.method(t, "__add__", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "list.__add__", a, k);
            return a[0].binaryOp(ts, 0, a[1]);
        });
        Slots.method(t, "__mul__", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "list.__mul__", a, k);
            return a[0].binaryOp(ts, 5, a[1]);
        });
        Slots.method(t, "__rmul__", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "list.__rmul__", a, k);
            return a[0].reflectedOp(ts, 5, a[1]);
        });
        Slots.method(t, "__iadd__", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "list.__iadd__", a, k);
            return a[0].inplaceOp(ts, 0, a[1]);
        });
        Slots.method(t, "__imul__", (ts, a, k) -> {
            SeqArgs.oneArg(ts, "list.__imul__", a, k);
            return a[0].inplaceOp(ts, 5, a[1]);
        });
    }
}
