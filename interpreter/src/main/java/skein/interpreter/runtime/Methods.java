package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

/** Helpers of the call instructions: LOAD_METHOD's unbound look-up, KW_NAMES, *args, with. */
final class Methods {
    private Methods() {}

    /**
     * LOAD_METHOD's fast path: the plain function or builtin method found on the type, when
     * nothing could shadow it (no instance attribute of that name, no custom
     * {@code __getattribute__}); null means "do a normal getattr".
     */
    static PyObj lookupUnbound(PyObj o, PyStr name) {
        PyType t = o.type();
        if (o instanceof PyType || o instanceof PySuper || o instanceof PyWeakProxy) return null;
        if (t.isHeapType()) {
            PyObj ga = t.lookup(Ops.S_GETATTRIBUTE);
            if (ga != null && ga != Slots.OBJECT_GETATTRIBUTE) return null;
        }
        PyObj m = t.lookup(name);
        if (!(m instanceof PyFunction) && !(m instanceof PyMethodDescriptor d && d.kind == PyMethodDescriptor.Kind.INSTANCE)) {
            return null;
        }
        PyDict dict = o.instanceDict();
        if (dict != null && dict.getStr(name) != null) return null;
        return m;
    }

    private static final java.util.Map<PyTuple, PyStr[]> KW_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The names of a KW_NAMES constant tuple, as an array (cached: the tuple is an immortal constant). */
    static PyStr[] kwnames(PyTuple t) {
        PyStr[] r = KW_CACHE.get(t);
        if (r != null) return r;
        r = new PyStr[t.size()];
        for (int i = 0; i < r.length; i++) r[i] = (PyStr) t.get(i);
        KW_CACHE.put(t, r);
        return r;
    }

    /** The positional arguments of f(*args) as a tuple (new reference). */
    static PyTuple asTuple(PyThreadState ts, PyObj callable, PyObj callargs) {
        if (callargs instanceof PyTuple t && t.type() == Types.TUPLE) {
            RefCount.incref(t, ts);
            return t;
        }
        PyObj it;
        try {
            it = Ops.iter(ts, callargs);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TYPE_ERROR)) throw e;
            e.release(ts);
            throw Exceptions.typeError(ts, funcName(callable) + " argument after * must be an iterable, not " + callargs.typeName());
        }
        java.util.ArrayList<PyObj> items = new java.util.ArrayList<>();
        try {
            PyObj x;
            while ((x = Ops.next(ts, it)) != null) items.add(x);
        } catch (PyException e) {
            for (PyObj x : items) RefCount.decref(x, ts);
            throw e;
        } finally {
            RefCount.decref(it, ts);
        }
        return PyTuple.steal(ts, items.toArray(new PyObj[0]));
    }

    /** How CPython names a callable in call errors ({@code _PyObject_FunctionStr}): module.qualname(). */
    static String funcName(PyObj callable) {
        if (callable instanceof PyFunction fn) {
            String mod = fn.module instanceof PyStr m && !m.value.equals("builtins") ? m.value + "." : "";
            return mod + fn.qualname.value + "()";
        }
        if (callable instanceof PyBuiltinFunction b) return b.name + "()";
        if (callable instanceof PyType t) return t.name() + "()";
        return callable.typeName() + " object";
    }

    private static final PyStr S_ENTER = PyStr.intern("__enter__"), S_EXIT = PyStr.intern("__exit__");

    /** BEFORE_WITH: the type's {@code __enter__} (borrowed), or CPython's TypeError. */
    static PyObj withEnter(PyThreadState ts, PyType t) {
        PyObj enter = t.lookup(S_ENTER);
        if (enter == null) {
            throw Exceptions.typeError(ts, "'" + t.name() + "' object does not support the context manager protocol");
        }
        return enter;
    }

    /** BEFORE_WITH: the type's {@code __exit__} (borrowed), or CPython's TypeError. */
    static PyObj withExit(PyThreadState ts, PyType t) {
        PyObj exit = t.lookup(S_EXIT);
        if (exit == null) {
            throw Exceptions.typeError(ts, "'" + t.name() + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        return exit;
    }

    /** Whether a class attribute is called with the instance as first argument, unbound (as LOAD_METHOD decides). */
    static boolean isMethodLike(PyObj attr) {
        return attr instanceof PyFunction || (attr instanceof PyMethodDescriptor d && d.kind == PyMethodDescriptor.Kind.INSTANCE);
    }
}
