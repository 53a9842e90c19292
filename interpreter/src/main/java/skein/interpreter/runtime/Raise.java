package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

/** The raise statement, except-clause matching, exception chaining and traceback entries. */
final class Raise {
    private Raise() {}

    /** RAISE_VARARGS: exc and cause are stack references the instruction handed over (or null). */
    static PyException raise(PyThreadState ts, PyObj exc, PyObj cause) {
        try {
            if (exc == null) {
                PyObj handled = ts.handledException();
                if (handled == null) return Exceptions.runtimeError(ts, "No active exception to reraise");
                RefCount.incref(handled, ts);
                return PyException.reraise((PyBaseException) handled);
            }
            PyBaseException value = instantiate(ts, exc, "exceptions must derive from BaseException");
            if (cause != null) {
                if (cause == PyNone.NONE) {
                    value.setCause(ts, null);
                } else {
                    PyBaseException c;
                    try {
                        c = instantiate(ts, cause, "exception causes must derive from BaseException");
                    } catch (PyException e) {
                        RefCount.decref(value, ts);
                        throw e;
                    }
                    value.setCause(ts, c);
                    RefCount.decref(c, ts);
                }
                value.suppressContext = true;
            }
            return new PyException(value);
        } finally {
            if (exc != null) RefCount.decrefStack(exc, ts);
            if (cause != null) RefCount.decrefStack(cause, ts);
        }
    }

    /** An exception instance from a class (called with no arguments) or an instance. New reference. */
    static PyBaseException instantiate(PyThreadState ts, PyObj o, String error) {
        if (o instanceof PyType t && t.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
            PyObj v = Ops.call(ts, t, new PyObj[0], null);
            if (!(v instanceof PyBaseException be)) {
                String tn = v.typeName();
                RefCount.decref(v, ts);
                throw Exceptions.typeError(ts, "calling " + t.name() + " should have returned an instance of BaseException, not " + tn);
            }
            return be;
        }
        if (o instanceof PyBaseException be) {
            RefCount.incref(be, ts);
            return be;
        }
        throw Exceptions.typeError(ts, error);
    }

    /** CHECK_EXC_MATCH: isinstance(exc, type) where type is a class or a tuple of classes. */
    static boolean matches(PyThreadState ts, PyObj exc, PyObj type) {
        if (type instanceof PyTuple t) {
            for (PyObj x : t.array()) checkCatchable(ts, x);
            for (PyObj x : t.array()) if (exc.type().isSubtypeOf((PyType) x)) return true;
            return false;
        }
        checkCatchable(ts, type);
        return exc.type().isSubtypeOf((PyType) type);
    }

    private static void checkCatchable(PyThreadState ts, PyObj t) {
        if (!(t instanceof PyType ty) || !ty.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
            throw Exceptions.typeError(ts, "catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** A new exception raised while another is handled gets it as {@code __context__} (avoiding cycles). */
    static void chainContext(PyThreadState ts, PyBaseException value) {
        PyObj handled = ts.handledException();
        if (handled == null || handled == value) return;
        // break a cycle the new context would close; a cycle already in the chain ends the walk
        // (Floyd's tortoise and hare, as CPython's _PyErr_SetObject)
        PyBaseException o = (PyBaseException) handled;
        PyBaseException slow = o;
        boolean moveSlow = false;
        while (o.context instanceof PyBaseException next) {
            if (next == value) {
                o.setContext(ts, null);
                break;
            }
            o = next;
            if (o == slow) break;
            if (moveSlow) slow = (PyBaseException) slow.context;
            moveSlow = !moveSlow;
        }
        value.setContext(ts, handled);
    }

    /** Prepends this frame's entry to the exception's traceback. */
    static void addTraceback(PyThreadState ts, PyBaseException value, Frame f) {
        PyTraceback tb = new PyTraceback(ts, f, f.lasti, f.lineno(), value.traceback);
        value.setTraceback(ts, tb);
        RefCount.decref(tb, ts);
    }
}
