package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.NativeFn;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;

/**
 * The methods of {@code set}, {@code frozenset} and {@code set_iterator}. The algorithms
 * live in {@link PySet}; this class binds them to names with CPython's argument rules.
 * frozenset has the non-mutating half of set's methods.
 */
final class SetMethods {
    private SetMethods() {}

    static void install() {
        Types.SET.setFactory((ts, type) -> type == Types.SET ? PySet.newSet(ts) : new PySet.Instance(ts, type, false));
        Types.FROZENSET.setFactory((ts, type) ->
                type == Types.FROZENSET ? PySet.make(ts, true, null) : new PySet.Instance(ts, type, true));
        for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
            Slots.install(t, PySet.class);
            Slots.compare(t);
            Slots.binary(t, t == Types.SET, 1, 7, 10, 12);
            common(t);
        }
        Slots.method(Types.FROZENSET, "__hash__", (ts, a, k) -> {
            MArgs.none(ts, "frozenset.__hash__", a, k);
            return PyInt.of(ts, a[0].hash(ts));
        });
        Slots.staticMethod(Types.SET, "__new__", (ts, a, k) -> {
            PyType cls = MArgs.newType(ts, a, Types.SET);
            if (cls == Types.SET) Args.noKeywords(ts, "set", k);
            return cls == Types.SET ? PySet.newSet(ts) : new PySet.Instance(ts, cls, false);
        });
        Slots.staticMethod(Types.FROZENSET, "__new__", SetMethods::frozensetNew);
        mutators(Types.SET);
        Slots.install(Types.SET_ITERATOR, PySetIter.class);
        Slots.method(Types.SET_ITERATOR, "__length_hint__", (ts, a, k) -> {
            MArgs.none(ts, "set_iterator.__length_hint__", a, k);
            return PyInt.of(ts, ((PySetIter) a[0]).lengthHint());
        });
    }

    private static PySet self(PyObj[] a) {
        return (PySet) a[0];
    }

    private static void one(PyType t, String name, NativeFn body) {
        String qn = t.name() + "." + name;
        Slots.method(t, name, (ts, a, k) -> {
            MArgs.one(ts, qn, a, k);
            return body.call(ts, a, k);
        });
    }

    private static void none(PyType t, String name, NativeFn body) {
        String qn = t.name() + "." + name;
        Slots.method(t, name, (ts, a, k) -> {
            MArgs.none(ts, qn, a, k);
            return body.call(ts, a, k);
        });
    }

    /** Methods that take any number of iterables: {@code body} gets them without self. */
    private interface VarBody {
        PyObj call(PyThreadState ts, PySet self, PyObj[] others);
    }

    private static void varargs(PyType t, String name, VarBody body) {
        String qn = t.name() + "." + name;
        Slots.method(t, name, (ts, a, k) -> body.call(ts, self(a), MArgs.varargs(ts, qn, a, k)));
    }

    /** The methods set and frozenset share. */
    private static void common(PyType t) {
        none(t, "copy", (ts, a, k) -> {
            if (a[0].type() == Types.FROZENSET) {
                RefCount.incref(a[0], ts);
                return a[0];
            }
            return self(a).copy(ts);
        });
        varargs(t, "union", (ts, s, others) -> s.union(ts, others));
        varargs(t, "intersection", (ts, s, others) -> s.intersectionMulti(ts, others));
        varargs(t, "difference", (ts, s, others) -> s.differenceMulti(ts, others));
        one(t, "symmetric_difference", (ts, a, k) -> self(a).symmetricDifference(ts, a[1]));
        one(t, "issubset", (ts, a, k) -> PyBool.of(self(a).isSubset(ts, a[1])));
        one(t, "issuperset", (ts, a, k) -> PyBool.of(self(a).isSuperset(ts, a[1])));
        one(t, "isdisjoint", (ts, a, k) -> PyBool.of(self(a).isDisjoint(ts, a[1])));
    }

    /** The methods only the mutable set has. */
    private static void mutators(PyType t) {
        Slots.method(t, "__init__", (ts, a, k) -> {
            String name = a[0].typeName();
            Args.noKeywords(ts, name, k);
            int n = a.length - 1;
            if (n > 1) throw Args.countError(ts, name, n, 0, 1);
            PySet s = self(a);
            s.reinit(ts);
            if (n == 1) s.updateInternal(ts, a[1]);
            return PyNone.NONE;
        });
        one(t, "add", (ts, a, k) -> {
            self(a).add(ts, a[1]);
            return PyNone.NONE;
        });
        one(t, "remove", (ts, a, k) -> {
            self(a).remove(ts, a[1]);
            return PyNone.NONE;
        });
        one(t, "discard", (ts, a, k) -> {
            self(a).discardKey(ts, a[1]);
            return PyNone.NONE;
        });
        none(t, "pop", (ts, a, k) -> self(a).pop(ts));
        none(t, "clear", (ts, a, k) -> {
            self(a).clearInternal(ts);
            return PyNone.NONE;
        });
        varargs(t, "update", (ts, s, others) -> {
            for (PyObj o : others) s.updateInternal(ts, o);
            return PyNone.NONE;
        });
        varargs(t, "intersection_update", (ts, s, others) -> {
            s.intersectionUpdate(ts, others);
            return PyNone.NONE;
        });
        varargs(t, "difference_update", (ts, s, others) -> {
            for (PyObj o : others) s.differenceUpdate(ts, o);
            return PyNone.NONE;
        });
        one(t, "symmetric_difference_update", (ts, a, k) -> {
            self(a).symmetricDifferenceUpdate(ts, a[1]);
            return PyNone.NONE;
        });
    }

    /** {@code frozenset(iterable)}: the argument itself when it is already an exact frozenset. */
    private static PyObj frozensetNew(PyThreadState ts, PyObj[] a, PyStr[] k) {
        PyType cls = MArgs.newType(ts, a, Types.FROZENSET);
        if (cls == Types.FROZENSET) Args.noKeywords(ts, "frozenset", k);
        int npos = Args.npos(a, k) - 1;
        if (npos > 1) throw Args.countError(ts, cls.name(), npos, 0, 1);
        PyObj iterable = npos == 1 ? a[1] : null;
        if (cls == Types.FROZENSET) {
            if (iterable != null && iterable.type() == Types.FROZENSET) {
                RefCount.incref(iterable, ts);
                return iterable;
            }
            return PySet.make(ts, true, iterable);
        }
        PySet s = new PySet.Instance(ts, cls, true);
        if (iterable != null) {
            try {
                s.updateInternal(ts, iterable);
            } catch (PyException e) {
                RefCount.decref(s, ts);
                throw e;
            }
        }
        return s;
    }
}
