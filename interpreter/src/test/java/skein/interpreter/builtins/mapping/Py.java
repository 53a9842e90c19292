package skein.interpreter.builtins.mapping;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyException;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Helpers for the mapping tests: making Python values, calling methods by name, reading results. */
final class Py {
    private Py() {}

    static PyThreadState ts() {
        return Runtime.start();
    }

    static PyInt i(long v) {
        return PyInt.of(ts(), v);
    }

    static PyStr s(String v) {
        return new PyStr(ts(), v);
    }

    /** A tuple of new references (stolen). */
    static PyTuple tuple(PyObj... items) {
        return PyTuple.steal(ts(), items);
    }

    static PyTuple ints(long... vs) {
        PyObj[] a = new PyObj[vs.length];
        for (int k = 0; k < vs.length; k++) a[k] = i(vs[k]);
        return tuple(a);
    }

    /** A value from the vector encoding: "i:123", "f:1.5", "b:True". */
    static PyObj decode(String e) {
        String v = e.substring(2);
        return switch (e.charAt(0)) {
            case 'i' -> PyInt.of(ts(), new BigInteger(v));
            case 'f' -> PyFloat.of(ts(), Double.parseDouble(v));
            case 'b' -> PyBool.of(v.equals("True"));
            default -> throw new IllegalArgumentException(e);
        };
    }

    /** A canonical form of an encoded value, so that Java and Python spellings of floats compare. */
    static String canon(String e) {
        return e.charAt(0) == 'f' ? "f:" + Double.parseDouble(e.substring(2)) : e;
    }

    static String encode(PyObj o) {
        if (o instanceof PyBool b) return "b:" + (b == PyBool.TRUE ? "True" : "False");
        if (o instanceof PyInt n) return "i:" + n.toBigInteger();
        if (o instanceof PyFloat f) return "f:" + f.value;
        if (o instanceof PyStr x) return "s:" + x.value;
        throw new IllegalArgumentException(o.typeName());
    }

    /** {@code list(o)} encoded, consuming a full iteration. */
    static List<String> list(PyObj o) {
        PyThreadState ts = ts();
        List<String> out = new ArrayList<>();
        PyObj it = Ops.iter(ts, o);
        PyObj x;
        while ((x = Ops.next(ts, it)) != null) {
            out.add(encode(x));
            RefCount.decref(x, ts);
        }
        RefCount.decref(it, ts);
        return out;
    }

    /** {@code o.name(*args)}: a new reference. */
    static PyObj call(PyObj o, String name, PyObj... args) {
        PyThreadState ts = ts();
        PyObj m = Ops.getAttr(ts, o, PyStr.intern(name));
        try {
            return Ops.call(ts, m, args);
        } finally {
            RefCount.decref(m, ts);
        }
    }

    /** Calls and drops the result. */
    static void run(PyObj o, String name, PyObj... args) {
        RefCount.decref(call(o, name, args), ts());
    }

    static String repr(PyObj o) {
        return Ops.reprString(ts(), o);
    }

    /**
     * repr(o) for dicts, tuples and strings spelled out here (str's own repr belongs to another
     * part of the runtime), so these tests check the dict's contents and order on their own.
     */
    static String show(PyObj o) {
        if (o instanceof PyStr x) return "'" + x.value + "'";
        if (o instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int k = 0; k < t.size(); k++) sb.append(k > 0 ? ", " : "").append(show(t.get(k)));
            return sb.append(t.size() == 1 ? ",)" : ")").toString();
        }
        if (o instanceof PyDict d) {
            StringBuilder sb = new StringBuilder("{");
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                sb.append(sb.length() > 1 ? ", " : "").append(show(d.keyAt(e))).append(": ").append(show(d.valueAt(e)));
            }
            return sb.append('}').toString();
        }
        return repr(o);
    }

    static void drop(PyObj... os) {
        for (PyObj o : os) RefCount.decref(o, ts());
    }

    /** Asserts that {@code body} raises {@code type} with str(args[0]) == message (message null: not checked). */
    static void raises(PyType type, String message, Runnable body) {
        PyException e = assertThrows(PyException.class, body::run);
        PyThreadState ts = ts();
        try {
            assertTrue(e.matches(type), () -> "expected " + type.name() + ", got " + e.getMessage());
            if (message != null) {
                PyTuple args = e.value.args;
                assertEquals(1, args.size(), "exception args");
                PyObj a = args.get(0);
                assertEquals(message, a instanceof PyStr str ? str.value : Ops.reprString(ts, a));
            }
        } finally {
            e.release(ts);
        }
    }

    /** Asserts that {@code body} raises KeyError whose argument is {@code key} itself. */
    static void raisesKeyError(PyObj key, Runnable body) {
        PyException e = assertThrows(PyException.class, body::run);
        try {
            assertTrue(e.matches(skein.interpreter.runtime.Exceptions.KEY_ERROR), e::getMessage);
            assertEquals(1, e.value.args.size());
            assertEquals(key, e.value.args.get(0));
        } finally {
            e.release(ts());
        }
    }
}
