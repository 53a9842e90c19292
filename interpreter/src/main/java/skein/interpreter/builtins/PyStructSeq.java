package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;

/**
 * A named tuple of the runtime ({@code sys.version_info}, {@code sys.float_info},
 * {@code time.struct_time}): a tuple whose items are also attributes, with a repr that names
 * them ({@code sys.version_info(major=3, minor=11, ...)}), as CPython's struct sequences.
 */
final class PyStructSeq extends PyTuple {
    /** One kind of struct sequence: its type, the name its repr starts with, its field names. */
    record Kind(PyType type, String reprName, String[] fields) {
        /** A new kind whose type is {@code typeName}, shown as {@code module.typeName}. */
        static Kind of(String module, String typeName, String reprName, String... fields) {
            PyType t = Types.builtin(typeName, Types.TUPLE);
            t.setQualname(module + "." + typeName);
            return new Kind(t, reprName, fields);
        }

        /**
         * Makes the type callable with one sequence of exactly one item per field, as CPython's
         * constructible struct sequences are ({@code _thread._ExceptHookArgs((t, v, tb, th))}).
         */
        Kind constructible() {
            Kind kind = this;
            Slots.staticMethod(type, "__new__", (ts, a, k) -> {
                String name = type.qualname();
                Args.noKeywords(ts, name, k);
                if (a.length != 2) throw Exceptions.typeError(ts, name + "() takes exactly one argument (" + (a.length - 1) + " given)");
                PyObj[] items = Sequences.toArray(ts, a[1]);
                if (items.length != fields.length) {
                    for (PyObj o : items) RefCount.decref(o, ts);
                    throw Exceptions.typeError(ts, name + "() takes a " + fields.length + "-sequence (" + items.length + "-sequence given)");
                }
                return new PyStructSeq(ts, kind, items);
            });
            return this;
        }
    }

    private final Kind kind;

    /** Steals the references to {@code items} (one per field). */
    PyStructSeq(ThreadState ts, Kind kind, PyObj[] items) {
        super(ts, items);
        this.kind = kind;
    }

    /** An immortal struct sequence (a module constant); its items must be immortal. */
    static PyStructSeq immortal(PyThreadState ts, Kind kind, PyObj... items) {
        PyStructSeq s = new PyStructSeq(ts, kind, items);
        s.makeImmortal(ts);
        return s;
    }

    @Override
    public PyType type() {
        return kind.type;
    }

    @Override
    public PyObj getAttrHook(PyThreadState ts, PyStr name) {
        String[] fields = kind.fields;
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(name.value)) {
                PyObj v = get(i);
                RefCount.incref(v, ts);
                return v;
            }
        }
        return null;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        String[] fields = kind.fields;
        StringBuilder b = new StringBuilder(kind.reprName).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) b.append(", ");
            b.append(fields[i]).append('=').append(Ops.reprString(ts, get(i)));
        }
        return new PyStr(ts, b.append(')').toString());
    }
}
