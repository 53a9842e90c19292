package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.num.NumError;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;
import skein.interpreter.runtime.Runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Small helpers shared by the native modules ({@code builtins}, {@code sys}, {@code math},
 * {@code time}): registering functions, turning the numeric library's {@link NumError}s into
 * Python exceptions, and making lists.
 */
final class ModuleSupport {
    private ModuleSupport() {}

    /** Puts an immortal builtin function {@code name} into the module's namespace. */
    static void fn(PyModule m, String name, NativeFn f) {
        put(m, name, new PyBuiltinFunction(m.name, name, f));
    }

    /** Stores {@code value} (borrowed) under {@code name} in the module's namespace. */
    static void put(PyModule m, String name, PyObj value) {
        m.dict.putStr(PyStr.intern(name), value, Runtime.bootThread());
    }

    /** The Python exception for an error of the numeric library. */
    static PyException numError(PyThreadState ts, NumError e) {
        if (e.pyType().equals("MemoryError")) return Exceptions.withArgs(ts, Exceptions.MEMORY_ERROR);
        PyType t = Exceptions.all().get(e.pyType());
        return Exceptions.of(ts, t != null ? t : Exceptions.SYSTEM_ERROR, e.getMessage());
    }

    /** A new list of new strings. */
    static PyObj newStrList(PyThreadState ts, List<String> items) {
        PyObj[] strs = new PyObj[items.size()];
        for (int i = 0; i < strs.length; i++) strs[i] = new PyStr(ts, items.get(i));
        return PyList.steal(ts, strs, strs.length);
    }

    /** Every item of an iterable, as owned references; the caller must decref them (see {@link #release}). */
    static List<PyObj> collect(PyThreadState ts, PyObj iterable) {
        PyObj it = Ops.iter(ts, iterable);
        List<PyObj> out = new ArrayList<>();
        try {
            PyObj x;
            while ((x = Ops.next(ts, it)) != null) out.add(x);
            return out;
        } catch (PyException e) {
            release(ts, out);
            throw e;
        } finally {
            RefCount.decref(it, ts);
        }
    }

    static void release(PyThreadState ts, List<PyObj> objs) {
        for (PyObj o : objs) RefCount.decref(o, ts);
    }

    /** An interned attribute name, or CPython's TypeError for a non-string. */
    static PyStr attrName(PyThreadState ts, PyObj o) {
        if (o instanceof PyStr s) return PyStr.intern(s.value);
        throw Exceptions.typeError(ts, "attribute name must be string, not '" + o.typeName() + "'");
    }

    /** Compares strings by code point, as Python orders them (Java's compareTo orders UTF-16 units). */
    static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** A Python string literal for {@code s} as repr() writes it (for file names in messages and reprs). */
    static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') b.append('\\').append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
            else b.append(c);
        }
        return b.append(q).toString();
    }

    /** {@code o.name(*args)}. */
    static PyObj callAttr(PyThreadState ts, PyObj o, PyStr name, PyObj... args) {
        PyObj f = Ops.getAttr(ts, o, name);
        try {
            return Ops.call(ts, f, args);
        } finally {
            RefCount.decref(f, ts);
        }
    }

    /**
     * {@link Args#bind} with Argument Clinic's messages for missing arguments:
     * "f() takes at least 1 positional argument (0 given)" for a positional-only parameter,
     * "f() missing required argument 'x' (pos 2)" for the others.
     */
    static PyObj[] bind(PyThreadState ts, String fname, PyObj[] args, PyStr[] kw, String[] params, int posOnly, int required) {
        int npos = Args.npos(args, kw);
        if (npos <= params.length) {
            for (int p = npos; p < required; p++) {
                if (p < posOnly) {
                    int need = Math.min(posOnly, required);
                    throw Exceptions.typeError(ts, fname + "() takes at least " + need + " positional argument"
                            + (need == 1 ? "" : "s") + " (" + npos + " given)");
                }
                boolean given = false;
                for (int k = 0; kw != null && k < kw.length; k++) given |= kw[k].value.equals(params[p]);
                if (!given) throw Exceptions.typeError(ts, fname + "() missing required argument '" + params[p] + "' (pos " + (p + 1) + ")");
            }
        }
        return Args.bind(ts, fname, args, kw, params, posOnly, required);
    }
}
