package skein.interpreter.builtins;

import skein.gc.CriticalSection;
import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;

/**
 * The methods of {@code dict}, its views and its iterators. The behaviour lives in
 * {@link PyDict}, {@link PyDictView} and {@link PyDictIter}; this class binds it to names
 * with CPython's argument rules and messages.
 */
final class DictMethods {
    private DictMethods() {}

    static void install() {
        PyType t = Types.DICT;
        t.setFactory((ts, type) -> type == Types.DICT ? new PyDict(ts) : new PyDict.Instance(ts, type));
        Slots.install(t, PyDict.class);
        Slots.compare(t);
        Slots.binary(t, true, 7);
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            PyType cls = MArgs.newType(ts, a, Types.DICT);
            return cls == Types.DICT ? new PyDict(ts) : new PyDict.Instance(ts, cls);
        });
        Slots.method(t, "__init__", (ts, a, k) -> {
            updateCommon(ts, self(a), a, k, "dict");
            return PyNone.NONE;
        });
        Slots.method(t, "update", (ts, a, k) -> {
            updateCommon(ts, self(a), a, k, "update");
            return PyNone.NONE;
        });
        Slots.method(t, "get", (ts, a, k) -> {
            int n = MArgs.range(ts, "dict.get", "get", a, k, 1, 2);
            PyObj v = self(a).getRef(a[1], Keys.of(ts));
            if (v != null) return v;
            v = n == 2 ? a[2] : PyNone.NONE;
            RefCount.incref(v, ts);
            return v;
        });
        Slots.method(t, "setdefault", (ts, a, k) -> {
            int n = MArgs.range(ts, "dict.setdefault", "setdefault", a, k, 1, 2);
            return self(a).setDefault(a[1], n == 2 ? a[2] : PyNone.NONE, Keys.of(ts));
        });
        Slots.method(t, "pop", (ts, a, k) -> {
            int n = MArgs.range(ts, "dict.pop", "pop", a, k, 1, 2);
            PyObj v = self(a).pop(a[1], Keys.of(ts));
            if (v != null) return v;
            if (n == 2) {
                RefCount.incref(a[2], ts);
                return a[2];
            }
            throw Exceptions.keyError(ts, a[1]);
        });
        Slots.method(t, "popitem", (ts, a, k) -> {
            MArgs.none(ts, "dict.popitem", a, k);
            PyObj[] kv = self(a).popLast(ts);
            if (kv == null) throw Exceptions.of(ts, Exceptions.KEY_ERROR, "popitem(): dictionary is empty");
            return PyTuple.steal(ts, kv);
        });
        view(t, "keys", PyDictIter.KEYS);
        view(t, "values", PyDictIter.VALUES);
        view(t, "items", PyDictIter.ITEMS);
        Slots.method(t, "clear", (ts, a, k) -> {
            MArgs.none(ts, "dict.clear", a, k);
            self(a).clear(ts);
            return PyNone.NONE;
        });
        Slots.method(t, "copy", (ts, a, k) -> {
            MArgs.none(ts, "dict.copy", a, k);
            return self(a).copy(ts);
        });
        Slots.method(t, "__reversed__", (ts, a, k) -> {
            MArgs.none(ts, "dict.__reversed__", a, k);
            return new PyDictIter(ts, self(a), PyDictIter.KEYS, true);
        });
        Slots.classMethod(t, "fromkeys", DictMethods::fromkeys);
        installViews();
        installIterators();
    }

    private static PyDict self(PyObj[] a) {
        return (PyDict) a[0];
    }

    private static void view(PyType t, String name, int kind) {
        String qn = "dict." + name;
        Slots.method(t, name, (ts, a, k) -> {
            MArgs.none(ts, qn, a, k);
            return new PyDictView(ts, self(a), kind);
        });
    }

    /** {@code dict(arg, **kw)} and {@code d.update(arg, **kw)}: the argument, then the keywords in order. */
    private static void updateCommon(PyThreadState ts, PyDict d, PyObj[] a, PyStr[] k, String name) {
        int npos = Args.npos(a, k) - 1;
        if (npos > 1) throw Args.countError(ts, name, npos, 0, 1);
        if (npos == 1) d.updateArg(ts, a[1]);
        if (k != null) {
            for (int i = 0; i < k.length; i++) d.putStr(k[i], a[npos + 1 + i], ts);
        }
    }

    /** {@code cls.fromkeys(iterable, value=None)}; a plain dict from a dict or set reuses their hashes. */
    private static PyObj fromkeys(PyThreadState ts, PyObj[] a, PyStr[] k) {
        int n = MArgs.range(ts, "dict.fromkeys", "fromkeys", a, k, 1, 2);
        PyObj iterable = a[1], value = n == 2 ? a[2] : PyNone.NONE;
        PyObj d = a[0] == Types.DICT ? new PyDict(ts) : Ops.call(ts, a[0]);
        try {
            if (d.type() == Types.DICT) {
                PyDict dd = (PyDict) d;
                Keys kp = Keys.of(ts);
                // the new dict is private; the source is locked while its entries are walked
                if (iterable.type() == Types.DICT) {
                    PyDict src = (PyDict) iterable;
                    CriticalSection.begin(ts, src);
                    try {
                        for (int e = src.nextEntry(0); e >= 0; e = src.nextEntry(e + 1)) {
                            dd.putKnownHash(src.keyAt(e), src.hashAt(e), value, kp);
                        }
                    } finally {
                        CriticalSection.end(ts);
                    }
                    return d;
                }
                if (iterable.type() == Types.SET || iterable.type() == Types.FROZENSET) {
                    PySet src = (PySet) iterable;
                    CriticalSection.begin(ts, src);
                    try {
                        for (int i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) {
                            dd.put(src.keyAt(i), value, kp);
                        }
                    } finally {
                        CriticalSection.end(ts);
                    }
                    return d;
                }
            }
            PyObj it = Ops.iter(ts, iterable);
            try {
                PyObj key;
                while ((key = Ops.next(ts, it)) != null) {
                    try {
                        Ops.setItem(ts, d, key, value);
                    } finally {
                        RefCount.decref(key, ts);
                    }
                }
            } finally {
                RefCount.decref(it, ts);
            }
            return d;
        } catch (PyException e) {
            RefCount.decref(d, ts);
            throw e;
        }
    }

    private static void installViews() {
        PyType[] views = {Types.DICT_KEYS, Types.DICT_VALUES, Types.DICT_ITEMS};
        for (PyType v : views) {
            Slots.install(v, PyDictView.class);
            String qn = v.name() + ".__reversed__";
            Slots.method(v, "__reversed__", (ts, a, k) -> {
                MArgs.none(ts, qn, a, k);
                return ((PyDictView) a[0]).reversed(ts);
            });
        }
        // a values view is not set-like: no comparisons, no set operators, hashed by identity
        Slots.put(Types.DICT_VALUES, "__hash__", Slots.OBJECT_HASH);
        for (PyType v : new PyType[] {Types.DICT_KEYS, Types.DICT_ITEMS}) {
            Slots.compare(v);
            Slots.binary(v, false, 1, 7, 10, 12);
            String qn = v.name() + ".isdisjoint";
            Slots.method(v, "isdisjoint", (ts, a, k) -> {
                MArgs.one(ts, qn, a, k);
                return PyBool.of(((PyDictView) a[0]).isDisjoint(ts, a[1]));
            });
        }
    }

    private static void installIterators() {
        PyType[] its = {Types.DICT_KEYITERATOR, Types.DICT_VALUEITERATOR, Types.DICT_ITEMITERATOR,
            Types.DICT_REVERSEKEYITERATOR, Types.DICT_REVERSEVALUEITERATOR, Types.DICT_REVERSEITEMITERATOR};
        for (PyType it : its) {
            Slots.install(it, PyDictIter.class);
            String qn = it.name() + ".__length_hint__";
            Slots.method(it, "__length_hint__", (ts, a, k) -> {
                MArgs.none(ts, qn, a, k);
                return PyInt.of(ts, ((PyDictIter) a[0]).lengthHint());
            });
        }
    }
}
