package skein.interpreter.builtins.sequence;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Runtime;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Builds Python values from Java ones and calls the protocol, for the sequence tests.
 * Values returned are new references the test owns; {@link #drop} releases them.
 */
final class Py {
    private Py() {}

    static final PyThreadState TS = Runtime.start();

    /** Integer/Long/BigInteger → int, String → str, Object[] → tuple, List → list, null → None, PyObj → itself (incref'd). */
    static PyObj v(Object o) {
        if (o == null) return PyNone.NONE;
        if (o instanceof PyObj p) {
            RefCount.incref(p, TS);
            return p;
        }
        if (o instanceof Integer i) return PyInt.of(TS, i);
        if (o instanceof Long l) return PyInt.of(TS, l);
        if (o instanceof BigInteger b) return PyInt.of(TS, b);
        if (o instanceof Boolean b) return PyBool.of(b);
        if (o instanceof String s) return new PyStr(TS, s);
        if (o instanceof Object[] a) {
            PyObj[] items = new PyObj[a.length];
            for (int i = 0; i < a.length; i++) items[i] = v(a[i]);
            return PyTuple.steal(TS, items);
        }
        if (o instanceof List<?> l) {
            PyObj[] items = new PyObj[l.size()];
            for (int i = 0; i < items.length; i++) items[i] = v(l.get(i));
            return PyList.steal(TS, items, items.length);
        }
        throw new IllegalArgumentException(o.getClass().getName());
    }

    static PyList list(Object... items) {
        return (PyList) v(java.util.Arrays.asList(items));
    }

    static PyList ints(int... items) {
        PyObj[] a = new PyObj[items.length];
        for (int i = 0; i < a.length; i++) a[i] = PyInt.of(TS, items[i]);
        return PyList.steal(TS, a, a.length);
    }

    static PyTuple tuple(Object... items) {
        return (PyTuple) v(items);
    }

    static void drop(PyObj... os) {
        for (PyObj o : os) if (o != null) RefCount.decref(o, TS);
    }

    static String repr(PyObj o) {
        return Ops.reprString(TS, o);
    }

    /** repr of a result, which is dropped. */
    static String reprDrop(PyObj o) {
        try {
            return repr(o);
        } finally {
            drop(o);
        }
    }

    /** {@code obj.name(*args)} with borrowed arguments. */
    static PyObj call(PyObj obj, String name, PyObj... args) {
        PyObj m = Ops.getAttr(TS, obj, PyStr.intern(name));
        try {
            return Ops.call(TS, m, args, null);
        } finally {
            drop(m);
        }
    }

    /** {@code obj.name(*args, **kw)}: the last kwnames.length args are keyword values. */
    static PyObj callKw(PyObj obj, String name, PyObj[] args, String... kwnames) {
        PyObj m = Ops.getAttr(TS, obj, PyStr.intern(name));
        PyStr[] kn = new PyStr[kwnames.length];
        for (int i = 0; i < kn.length; i++) kn[i] = PyStr.intern(kwnames[i]);
        try {
            return Ops.call(TS, m, args, kn);
        } finally {
            drop(m);
        }
    }

    /** Calls a builtin type (list, range, zip, ...) with borrowed arguments. */
    static PyObj make(PyType t, PyObj[] args, String... kwnames) {
        PyStr[] kn = null;
        if (kwnames.length > 0) {
            kn = new PyStr[kwnames.length];
            for (int i = 0; i < kn.length; i++) kn[i] = PyStr.intern(kwnames[i]);
        }
        return Ops.call(TS, t, args, kn);
    }

    /** A Python-callable Java function. */
    static PyBuiltinFunction fn(String name, skein.interpreter.runtime.NativeFn f) {
        return new PyBuiltinFunction("test", name, f);
    }

    /** Runs {@code f} and returns "Type: message" of the Python exception it must raise. */
    static String error(Supplier<?> f) {
        Object r;
        try {
            r = f.get();
        } catch (PyException e) {
            String s = e.getMessage();
            e.release(TS);
            return s;
        }
        if (r instanceof PyObj p) fail("expected an exception, got " + reprDrop(p));
        fail("expected an exception, got " + r);
        return null;
    }

    static void assertError(String expected, Supplier<?> f) {
        assertEquals(expected, error(f));
    }

    static void assertError(String expected, Runnable f) {
        assertEquals(expected, error(() -> {
            f.run();
            return null;
        }));
    }

    /** Drains an iterator into the repr of the list of its items. */
    static String drain(PyObj it) {
        PyList l = new PyList(TS);
        PyObj x;
        while ((x = Ops.next(TS, it)) != null) {
            l.append(TS, x);
            drop(x);
        }
        return reprDrop(l);
    }
}
