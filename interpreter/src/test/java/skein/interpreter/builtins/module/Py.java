package skein.interpreter.builtins.module;

import skein.gc.RefCount;
import skein.interpreter.builtins.BuiltinsModule;
import skein.interpreter.builtins.NativeModules;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds Python values from Java ones and calls module functions, for the module tests.
 * Every value made by {@link #v} is recorded and released by {@link #releaseAll}, so a
 * function that frees an argument it only borrowed fails the test (checking mode).
 */
final class Py {
    private Py() {}

    static final PyThreadState TS = Runtime.start();
    private static final List<PyObj> OWNED = new ArrayList<>();

    /**
     * Integer/Long/BigInteger → int, Double → float, String → str, Boolean → bool, null → None,
     * Object[] → tuple, List → list, PyObj → itself. The value is owned by this class.
     */
    static PyObj v(Object o) {
        PyObj r = make(o);
        OWNED.add(r);
        return r;
    }

    private static PyObj make(Object o) {
        if (o == null) return PyNone.NONE;
        if (o instanceof PyObj p) {
            RefCount.incref(p, TS);
            return p;
        }
        if (o instanceof Integer i) return PyInt.of(TS, i);
        if (o instanceof Long l) return PyInt.of(TS, l);
        if (o instanceof BigInteger b) return PyInt.of(TS, b);
        if (o instanceof Double d) return PyFloat.of(TS, d);
        if (o instanceof Boolean b) return PyBool.of(b);
        if (o instanceof String s) return new PyStr(TS, s);
        if (o instanceof Object[] a) {
            PyObj[] items = new PyObj[a.length];
            for (int i = 0; i < a.length; i++) items[i] = make(a[i]);
            return PyTuple.steal(TS, items);
        }
        if (o instanceof List<?> l) {
            PyObj[] items = new PyObj[l.size()];
            for (int i = 0; i < items.length; i++) items[i] = make(l.get(i));
            return PyList.steal(TS, items, items.length);
        }
        throw new IllegalArgumentException(o.getClass().getName());
    }

    /** Takes ownership of a new reference (released with the others). */
    static PyObj own(PyObj o) {
        OWNED.add(o);
        return o;
    }

    static BigInteger big(String digits) {
        return new BigInteger(digits);
    }

    static void releaseAll() {
        for (PyObj o : OWNED) RefCount.decref(o, TS);
        OWNED.clear();
    }

    /** Attribute {@code name} of a native module (borrowed; modules are immortal). */
    static PyObj attr(String module, String name) {
        PyObj r = NativeModules.find(module).dict.getStr(PyStr.intern(name));
        if (r == null) throw new AssertionError(module + "." + name + " is missing");
        return r;
    }

    static PyObj builtin(String name) {
        return attr("builtins", name);
    }

    /** {@code module.name(*args)} with Java values converted by {@link #v}. */
    static PyObj call(String module, String name, Object... args) {
        return callKw(module, name, args);
    }

    /** {@code module.name(*pos, **kw)}: {@code kw} alternates names and values. */
    static PyObj callKw(String module, String name, Object[] pos, Object... kw) {
        PyObj[] a = new PyObj[pos.length + kw.length / 2];
        PyStr[] names = kw.length == 0 ? null : new PyStr[kw.length / 2];
        for (int i = 0; i < pos.length; i++) a[i] = v(pos[i]);
        for (int i = 0; i < kw.length / 2; i++) {
            names[i] = PyStr.intern((String) kw[2 * i]);
            a[pos.length + i] = v(kw[2 * i + 1]);
        }
        return Ops.call(TS, attr(module, name), a, names);
    }

    static PyObj b(String name, Object... args) {
        return call("builtins", name, args);
    }

    static PyObj math(String name, Object... args) {
        return call("math", name, args);
    }

    static PyObj sys(String name, Object... args) {
        return call("sys", name, args);
    }

    static String repr(PyObj o) {
        return Ops.reprString(TS, o);
    }

    /** What a Python test prints for an outcome: the repr of the result (released), or "Type: message". */
    static String outcome(java.util.function.Supplier<PyObj> f) {
        PyObj r;
        try {
            r = f.get();
        } catch (PyException e) {
            try {
                return e.type().name() + ": " + message(e.value);
            } finally {
                e.release(TS);
            }
        }
        try {
            return repr(r);
        } finally {
            RefCount.decref(r, TS);
        }
    }

    /** {@code str(exc)}. */
    static String message(PyBaseException e) {
        return Ops.strString(TS, e);
    }

    static PyDict builtinsDict() {
        return BuiltinsModule.dict();
    }
}
