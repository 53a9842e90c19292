package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.NativeFn;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;
import skein.interpreter.str.*;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import static skein.interpreter.builtins.StrArgs.*;

/**
 * The Python-visible methods of {@code str} that work on the text (case, predicates, search,
 * split, pad, replace, translate, encode), each a thin adapter from Python arguments to the
 * str library with CPython 3.11's calling conventions and messages. Formatting methods are in
 * {@link StrFormat}; the type's slots in {@link StrTypes}.
 */
final class StrMethods {
    private StrMethods() {}

    static void install() {
        PyType t = Types.STR;
        caseMethod(t, "lower", StrCase::lower);
        caseMethod(t, "upper", StrCase::upper);
        caseMethod(t, "casefold", StrCase::casefold);
        caseMethod(t, "capitalize", StrCase::capitalize);
        caseMethod(t, "title", StrCase::title);
        caseMethod(t, "swapcase", StrCase::swapcase);
        predicate(t, "isalnum", StrPredicates::isalnum);
        predicate(t, "isalpha", StrPredicates::isalpha);
        predicate(t, "isascii", StrPredicates::isascii);
        predicate(t, "isdecimal", StrPredicates::isdecimal);
        predicate(t, "isdigit", StrPredicates::isdigit);
        predicate(t, "isidentifier", StrPredicates::isidentifier);
        predicate(t, "islower", StrPredicates::islower);
        predicate(t, "isnumeric", StrPredicates::isnumeric);
        predicate(t, "isprintable", StrPredicates::isprintable);
        predicate(t, "isspace", StrPredicates::isspace);
        predicate(t, "istitle", StrPredicates::istitle);
        predicate(t, "isupper", StrPredicates::isupper);
        installSearch(t);
        installSplit(t);
        installPad(t);
        installOther(t);
    }

    /** A method whose library call may raise a StrError. */
    static void method(PyType t, String name, NativeFn fn) {
        Slots.method(t, name, (ts, a, k) -> {
            try {
                return fn.call(ts, a, k);
            } catch (StrError e) {
                throw StrErrors.raise(ts, e);
            }
        });
    }

    private static void caseMethod(PyType t, String name, UnaryOperator<String> f) {
        String q = "str." + name;
        Slots.method(t, name, (ts, a, k) -> {
            MArgs.none(ts, q, a, k);
            return result(ts, a[0], f.apply(self(a)));
        });
    }

    private static void predicate(PyType t, String name, Predicate<String> f) {
        String q = "str." + name;
        Slots.method(t, name, (ts, a, k) -> {
            MArgs.none(ts, q, a, k);
            return PyBool.of(f.test(self(a)));
        });
    }

    private static void installSearch(PyType t) {
        method(t, "find", (ts, a, k) -> {
            int[] r = findArgs(ts, "find", a, k);
            return PyInt.of(ts, StrSearch.find(self(a), str(ts, a[1], "must be str"), r[0], r[1]));
        });
        method(t, "rfind", (ts, a, k) -> {
            int[] r = findArgs(ts, "rfind", a, k);
            return PyInt.of(ts, StrSearch.rfind(self(a), str(ts, a[1], "must be str"), r[0], r[1]));
        });
        method(t, "index", (ts, a, k) -> {
            int[] r = findArgs(ts, "index", a, k);
            return PyInt.of(ts, StrSearch.index(self(a), str(ts, a[1], "must be str"), r[0], r[1]));
        });
        method(t, "rindex", (ts, a, k) -> {
            int[] r = findArgs(ts, "rindex", a, k);
            return PyInt.of(ts, StrSearch.rindex(self(a), str(ts, a[1], "must be str"), r[0], r[1]));
        });
        method(t, "count", (ts, a, k) -> {
            int[] r = findArgs(ts, "count", a, k);
            return PyInt.of(ts, StrSearch.count(self(a), str(ts, a[1], "must be str"), r[0], r[1]));
        });
        method(t, "startswith", (ts, a, k) -> affix(ts, a, k, "startswith", true));
        method(t, "endswith", (ts, a, k) -> affix(ts, a, k, "endswith", false));
    }

    /** startswith/endswith: a str or a tuple of strs, then the find family's start/end. */
    private static PyObj affix(PyThreadState ts, PyObj[] a, PyStr[] k, String name, boolean start) {
        int[] r = findArgs(ts, name, a, k);
        String s = self(a);
        if (a[1] instanceof PyStr p) {
            return PyBool.of(start ? StrSearch.startswith(s, p.value, r[0], r[1]) : StrSearch.endswith(s, p.value, r[0], r[1]));
        }
        if (a[1] instanceof PyTuple tup) {
            // items are checked one at a time: a match ends the search before a bad later item is seen
            for (int i = 0; i < tup.size(); i++) {
                if (!(tup.get(i) instanceof PyStr p)) {
                    throw Exceptions.typeError(ts, "tuple for " + name + " must only contain str, not " + tup.get(i).typeName());
                }
                if (start ? StrSearch.startswith(s, p.value, r[0], r[1]) : StrSearch.endswith(s, p.value, r[0], r[1])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        throw Exceptions.typeError(ts, name + " first arg must be str or a tuple of str, not " + a[1].typeName());
    }

    private static String sepArg(PyThreadState ts, PyObj o) {
        return isNone(o) ? null : str(ts, o, "must be str or None");
    }

    private static void installSplit(PyType t) {
        method(t, "split", (ts, a, k) -> {
            PyObj[] p = bind(ts, "split", a, k, "sep", "maxsplit");
            String sep = sepArg(ts, p[0]);
            int max = p[1] == null ? -1 : ssize(ts, p[1]);
            return list(ts, StrSplit.split(self(a), sep, max));
        });
        method(t, "rsplit", (ts, a, k) -> {
            PyObj[] p = bind(ts, "rsplit", a, k, "sep", "maxsplit");
            String sep = sepArg(ts, p[0]);
            int max = p[1] == null ? -1 : ssize(ts, p[1]);
            return list(ts, StrSplit.rsplit(self(a), sep, max));
        });
        method(t, "splitlines", (ts, a, k) -> {
            PyObj[] p = bind(ts, "splitlines", a, k, "keepends");
            return list(ts, StrSplit.splitlines(self(a), flag(ts, p[0])));
        });
        method(t, "partition", (ts, a, k) -> {
            MArgs.one(ts, "str.partition", a, k);
            return triple(ts, a[0], StrSplit.partition(self(a), str(ts, a[1], "must be str")));
        });
        method(t, "rpartition", (ts, a, k) -> {
            MArgs.one(ts, "str.rpartition", a, k);
            return triple(ts, a[0], StrSplit.rpartition(self(a), str(ts, a[1], "must be str")));
        });
        Slots.method(t, "join", (ts, a, k) -> {
            MArgs.one(ts, "str.join", a, k);
            return join(ts, (PyStr) a[0], a[1]);
        });
    }

    /** {@code sep.join(iterable)}: TypeError for a non-iterable and for a non-str item. */
    static PyStr join(PyThreadState ts, PyStr sep, PyObj iterable) {
        PyObj[] items = Sequences.toArray(ts, iterable, "can only join an iterable");
        try {
            if (items.length == 1 && items[0].type() == Types.STR) {
                RefCount.incref(items[0], ts);
                return (PyStr) items[0];
            }
            java.util.ArrayList<String> parts = new java.util.ArrayList<>(items.length);
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyStr s)) {
                    throw StrErrors.raise(ts, StrJoin.notStr(i, items[i].typeName()));
                }
                parts.add(s.value);
            }
            return PyStr.of(ts, StrJoin.join(sep.value, parts));
        } finally {
            for (PyObj o : items) RefCount.decref(o, ts);
        }
    }

    /** The fill character argument: a str (the library checks its length). */
    private static String fill(PyThreadState ts, PyObj[] a, int n) {
        if (n < 2) return " ";
        if (a[2] instanceof PyStr s) return s.value;
        throw Exceptions.typeError(ts, "The fill character must be a unicode character, not " + a[2].typeName());
    }

    private static String chars(PyThreadState ts, String name, PyObj[] a, int n) {
        if (n < 1 || a[1] == PyNone.NONE) return null;
        if (a[1] instanceof PyStr s) return s.value;
        throw Exceptions.typeError(ts, name + " arg must be None or str");
    }

    private static void installPad(PyType t) {
        method(t, "center", (ts, a, k) -> {
            int n = MArgs.range(ts, "str.center", "center", a, k, 1, 2);
            int w = ssize(ts, a[1]);
            return result(ts, a[0], StrPad.center(self(a), w, fill(ts, a, n)));
        });
        method(t, "ljust", (ts, a, k) -> {
            int n = MArgs.range(ts, "str.ljust", "ljust", a, k, 1, 2);
            int w = ssize(ts, a[1]);
            return result(ts, a[0], StrPad.ljust(self(a), w, fill(ts, a, n)));
        });
        method(t, "rjust", (ts, a, k) -> {
            int n = MArgs.range(ts, "str.rjust", "rjust", a, k, 1, 2);
            int w = ssize(ts, a[1]);
            return result(ts, a[0], StrPad.rjust(self(a), w, fill(ts, a, n)));
        });
        method(t, "zfill", (ts, a, k) -> {
            MArgs.one(ts, "str.zfill", a, k);
            return result(ts, a[0], StrPad.zfill(self(a), ssize(ts, a[1])));
        });
        method(t, "strip", (ts, a, k) -> {
            int n = MArgs.range(ts, "str.strip", "strip", a, k, 0, 1);
            return result(ts, a[0], StrPad.strip(self(a), chars(ts, "strip", a, n)));
        });
        method(t, "lstrip", (ts, a, k) -> {
            int n = MArgs.range(ts, "str.lstrip", "lstrip", a, k, 0, 1);
            return result(ts, a[0], StrPad.lstrip(self(a), chars(ts, "lstrip", a, n)));
        });
        method(t, "rstrip", (ts, a, k) -> {
            int n = MArgs.range(ts, "str.rstrip", "rstrip", a, k, 0, 1);
            return result(ts, a[0], StrPad.rstrip(self(a), chars(ts, "rstrip", a, n)));
        });
        method(t, "expandtabs", (ts, a, k) -> {
            PyObj[] p = bind(ts, "expandtabs", a, k, "tabsize");
            int size = p[0] == null ? 8 : cint(ts, p[0]);
            return result(ts, a[0], StrPad.expandtabs(self(a), size));
        });
        method(t, "removeprefix", (ts, a, k) -> {
            MArgs.one(ts, "str.removeprefix", a, k);
            return result(ts, a[0], StrPad.removeprefix(self(a), str(ts, a[1], "removeprefix() argument must be str")));
        });
        method(t, "removesuffix", (ts, a, k) -> {
            MArgs.one(ts, "str.removesuffix", a, k);
            return result(ts, a[0], StrPad.removesuffix(self(a), str(ts, a[1], "removesuffix() argument must be str")));
        });
    }

    private static void installOther(PyType t) {
        method(t, "replace", (ts, a, k) -> {
            int n = MArgs.range(ts, "str.replace", "replace", a, k, 2, 3);
            String old = str(ts, a[1], "replace() argument 1 must be str");
            String rep = str(ts, a[2], "replace() argument 2 must be str");
            int count = n == 3 ? ssize(ts, a[3]) : -1;
            return result(ts, a[0], StrReplace.replace(self(a), old, rep, count));
        });
        method(t, "encode", (ts, a, k) -> {
            PyObj[] p = bind(ts, "encode", a, k, "encoding", "errors");
            String enc = p[0] == null ? "utf-8" : str(ts, p[0], "encode() argument 'encoding' must be str");
            String err = p[1] == null ? "strict" : str(ts, p[1], "encode() argument 'errors' must be str");
            return new PyBytes(ts, StrCodec.encode(self(a), enc, err));
        });
        method(t, "translate", (ts, a, k) -> {
            MArgs.one(ts, "str.translate", a, k);
            PyObj table = a[1];
            return result(ts, a[0], StrTranslate.translate(self(a), cp -> lookup(ts, table, cp)));
        });
        Slots.staticMethod(t, "maketrans", (ts, a, k) -> {
            try {
                return StrTranslateTable.maketrans(ts, a, k);
            } catch (StrError e) {
                throw StrErrors.raise(ts, e);
            }
        });
    }

    /** Stands for a mapping value that is neither int, None nor str (the library's TypeError). */
    private static final Object BAD_MAPPING = new Object();

    /** {@code table[cp]} for translate, converted to what {@link StrTranslate.Table} expects. */
    private static Object lookup(PyThreadState ts, PyObj table, int cp) {
        PyObj key = PyInt.of(ts, cp);
        PyObj v;
        try {
            v = skein.interpreter.runtime.Ops.getItem(ts, table, key);
        } catch (PyException e) {
            if (!e.matches(Exceptions.LOOKUP_ERROR)) throw e;
            e.release(ts);
            return StrTranslate.MISSING;
        } finally {
            RefCount.decref(key, ts);
        }
        try {
            if (v == PyNone.NONE) return null;
            if (v instanceof PyStr s) return s.value;
            if (v instanceof PyInt i) {
                if (!i.isBig()) return i.value;
                return i.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            }
            return BAD_MAPPING;
        } finally {
            RefCount.decref(v, ts);
        }
    }
}
