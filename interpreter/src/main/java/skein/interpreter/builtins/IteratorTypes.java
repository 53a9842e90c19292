package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;

/**
 * The iterator types of the sequences ({@code list_iterator}, ...) and the iteration
 * builtins that are types: {@code enumerate}, {@code zip}, {@code map}, {@code filter},
 * {@code reversed}. The builtins module binds those names to the type objects in
 * {@link Types} themselves, so that {@code type(e).__name__ == 'enumerate'} and
 * {@code isinstance(e, enumerate)} hold as in CPython.
 */
final class IteratorTypes {
    private IteratorTypes() {}

    static void install() {
        Slots.install(Types.LIST_ITERATOR, PyListIterator.class);
        Slots.install(Types.LIST_REVERSEITERATOR, PyListIterator.class);
        Slots.install(Types.TUPLE_ITERATOR, PyTupleIterator.class);
        Slots.install(Types.RANGE_ITERATOR, PyRangeIterator.class);
        Slots.install(Types.LONGRANGE_ITERATOR, PyRangeIterator.class);
        Slots.install(Types.CALLABLE_ITERATOR, PyCallableIterator.class);
        Slots.install(Types.ENUMERATE, PyEnumerate.class);
        Slots.install(Types.ZIP, PyZip.class);
        Slots.install(Types.MAP, PyMap.class);
        Slots.install(Types.FILTER, PyFilter.class);
        Slots.install(Types.REVERSED, PyReversed.class);
        Slots.install(Types.ITERATOR, PySeqIter.class);

        lengthHint(Types.LIST_ITERATOR, (ts, self) -> PyInt.of(ts, ((PyListIterator) self).lengthHint()));
        lengthHint(Types.LIST_REVERSEITERATOR, (ts, self) -> PyInt.of(ts, ((PyListIterator) self).lengthHint()));
        lengthHint(Types.TUPLE_ITERATOR, (ts, self) -> PyInt.of(ts, ((PyTupleIterator) self).lengthHint()));
        lengthHint(Types.RANGE_ITERATOR, (ts, self) -> ((PyRangeIterator) self).lengthHint(ts));
        lengthHint(Types.LONGRANGE_ITERATOR, (ts, self) -> ((PyRangeIterator) self).lengthHint(ts));
        lengthHint(Types.REVERSED, (ts, self) -> PyInt.of(ts, ((PyReversed) self).lengthHint()));

        Slots.staticMethod(Types.ENUMERATE, "__new__", IteratorTypes::newEnumerate);
        Slots.staticMethod(Types.ZIP, "__new__", IteratorTypes::newZip);
        Slots.staticMethod(Types.MAP, "__new__", IteratorTypes::newMap);
        Slots.staticMethod(Types.FILTER, "__new__", IteratorTypes::newFilter);
        Slots.staticMethod(Types.REVERSED, "__new__", IteratorTypes::newReversed);
    }

    private interface Hint {
        PyObj get(PyThreadState ts, PyObj self);
    }

    private static void lengthHint(PyType t, Hint h) {
        Slots.method(t, "__length_hint__", (ts, a, k) -> {
            SeqArgs.noArgs(ts, t.name() + ".__length_hint__", a, k);
            return h.get(ts, a[0]);
        });
    }

    /** {@code enumerate(iterable, start=0)}; a[0] is the class. */
    static PyObj newEnumerate(PyThreadState ts, PyObj[] a, PyStr[] k) {
        SequenceTypes.checkNewType(ts, "enumerate", a, Types.ENUMERATE);
        PyObj[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        if (Args.npos(rest, k) == 0 && (k == null || k.length == 0)) {
            throw Exceptions.typeError(ts, "enumerate() missing required argument 'iterable'");
        }
        PyObj[] p = Args.bind(ts, "enumerate", rest, k, new String[] {"iterable", "start"}, 0, 0);
        if (p[0] == null) throw Exceptions.typeError(ts, "enumerate() missing required argument 'iterable'");
        PyInt start = p[1] == null ? PyInt.small(0) : Ops.index(ts, p[1]);
        try {
            PyObj it = Ops.iter(ts, p[0]);
            return new PyEnumerate(ts, it, start);
        } finally {
            RefCount.decref(start, ts);
        }
    }

    /** {@code zip(*iterables, strict=False)}. */
    static PyObj newZip(PyThreadState ts, PyObj[] a, PyStr[] k) {
        SequenceTypes.checkNewType(ts, "zip", a, Types.ZIP);
        boolean strict = false;
        int npos = Args.npos(a, k);
        if (k != null && k.length > 0) {
            if (k.length > 1) {
                throw Exceptions.typeError(ts, "zip() takes at most 1 keyword argument (" + k.length + " given)");
            }
            if (!k[0].value.equals("strict")) {
                throw Exceptions.typeError(ts, "'" + k[0].value + "' is an invalid keyword argument for zip()");
            }
            strict = Ops.isTrue(ts, a[npos]);
        }
        return new PyZip(ts, iterators(ts, a, 1, npos), strict);
    }

    /** {@code map(func, *iterables)}. */
    static PyObj newMap(PyThreadState ts, PyObj[] a, PyStr[] k) {
        SequenceTypes.checkNewType(ts, "map", a, Types.MAP);
        Args.noKeywords(ts, "map", k);
        if (a.length < 3) throw Exceptions.typeError(ts, "map() must have at least two arguments.");
        return new PyMap(ts, a[1], iterators(ts, a, 2, a.length));
    }

    /** {@code filter(function or None, iterable)}. */
    static PyObj newFilter(PyThreadState ts, PyObj[] a, PyStr[] k) {
        SequenceTypes.checkNewType(ts, "filter", a, Types.FILTER);
        Args.noKeywords(ts, "filter", k);
        if (a.length != 3) throw Args.countError(ts, "filter", a.length - 1, 2, 2);
        PyObj it = Ops.iter(ts, a[2]);
        return new PyFilter(ts, a[1], it);
    }

    /** {@code reversed(sequence)}. */
    static PyObj newReversed(PyThreadState ts, PyObj[] a, PyStr[] k) {
        SequenceTypes.checkNewType(ts, "reversed", a, Types.REVERSED);
        Args.noKeywords(ts, "reversed", k);
        if (a.length != 2) throw Exceptions.typeError(ts, "reversed expected 1 argument, got " + (a.length - 1));
        return SequenceBuiltins.reversed(ts, a[1]);
    }

    /** Iterators over a[from..to) (new references); on failure the ones made are dropped. */
    private static PyObj[] iterators(PyThreadState ts, PyObj[] a, int from, int to) {
        PyObj[] its = new PyObj[to - from];
        for (int i = 0; i < its.length; i++) {
            try {
                its[i] = Ops.iter(ts, a[from + i]);
            } catch (PyException e) {
                for (int j = 0; j < i; j++) RefCount.decref(its[j], ts);
                throw e;
            }
        }
        return its;
    }
}
