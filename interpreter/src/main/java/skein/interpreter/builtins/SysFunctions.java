package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.num.Ints;
import skein.interpreter.num.NumError;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import static skein.interpreter.builtins.ModuleSupport.fn;

/** The functions of the {@code sys} module (its values are set up by {@link SysModule}). */
final class SysFunctions {
    private SysFunctions() {}

    private static final PyStr S_SIZEOF = PyStr.intern("__sizeof__");

    static void install(PyModule m) {
        fn(m, "exit", (ts, a, k) -> {
            Args.check(ts, "exit", a, k, 0, 1);
            throw systemExit(ts, a.length == 0 || a[0] == PyNone.NONE ? null : a[0]);
        });
        fn(m, "getrecursionlimit", (ts, a, k) -> {
            Args.check(ts, "getrecursionlimit", a, k, 0, 0);
            return PyInt.of(ts, Eval.recursionLimit);
        });
        fn(m, "setrecursionlimit", (ts, a, k) -> {
            Args.check(ts, "setrecursionlimit", a, k, 1, 1);
            int limit = cInt(ts, a[0]);
            if (limit < 1) throw Exceptions.valueError(ts, "recursion limit must be greater or equal than 1");
            if (limit <= ts.pythonDepth) {
                throw Exceptions.recursionError(ts, "cannot set the recursion limit to " + limit + " at the recursion depth "
                        + ts.pythonDepth + ": the limit is too low");
            }
            Eval.recursionLimit = limit;
            return PyNone.NONE;
        });
        fn(m, "intern", (ts, a, k) -> {
            Args.check(ts, "intern", a, k, 1, 1);
            if (!(a[0] instanceof PyStr s) || a[0].type() != Types.STR) {
                throw Exceptions.typeError(ts, "intern() argument must be str, not " + a[0].typeName());
            }
            return PyStr.intern(s.value);
        });
        fn(m, "getsizeof", (ts, a, k) -> {
            Args.check(ts, "getsizeof", a, k, 1, 2);
            return PyInt.of(ts, sizeOf(ts, a[0]));
        });
        fn(m, "exc_info", (ts, a, k) -> {
            Args.check(ts, "exc_info", a, k, 0, 0);
            PyObj e = ts.handledException();
            if (e == null) return PyTuple.of(ts, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            PyObj tb = e instanceof PyBaseException be && be.traceback != null ? be.traceback : PyNone.NONE;
            return PyTuple.of(ts, e.type(), e, tb);
        });
        fn(m, "exception", (ts, a, k) -> {
            Args.check(ts, "exception", a, k, 0, 0);
            PyObj e = ts.handledException();
            if (e == null) return PyNone.NONE;
            RefCount.incref(e, ts);
            return e;
        });
        fn(m, "_getframe", FrameTypes::getframe); // the frame objects are the core's
        fn(m, "_current_frames", FrameTypes::currentFrames);
        fn(m, "getdefaultencoding", (ts, a, k) -> {
            Args.check(ts, "getdefaultencoding", a, k, 0, 0);
            return PyStr.intern("utf-8");
        });
        fn(m, "getfilesystemencoding", (ts, a, k) -> {
            Args.check(ts, "getfilesystemencoding", a, k, 0, 0);
            return PyStr.intern("utf-8");
        });
        fn(m, "getswitchinterval", (ts, a, k) -> {
            Args.check(ts, "getswitchinterval", a, k, 0, 0);
            return PyFloat.of(ts, skein.gc.Gil.switchInterval());
        });
        fn(m, "setswitchinterval", (ts, a, k) -> {
            Args.check(ts, "setswitchinterval", a, k, 1, 1);
            double d = MathModule.toDouble(ts, a[0]);
            if (!(d > 0)) throw Exceptions.valueError(ts, "switch interval must be strictly positive");
            skein.gc.Gil.setSwitchInterval(d);
            return PyNone.NONE;
        });
        fn(m, "_is_gil_enabled", (ts, a, k) -> {
            Args.check(ts, "_is_gil_enabled", a, k, 0, 0);
            return PyBool.of(skein.gc.RuntimeConfig.GIL);
        });
        fn(m, "get_int_max_str_digits", (ts, a, k) -> {
            Args.check(ts, "get_int_max_str_digits", a, k, 0, 0);
            return PyInt.of(ts, Ints.getMaxStrDigits());
        });
        fn(m, "set_int_max_str_digits", (ts, a, k) -> {
            PyObj[] b = ModuleSupport.bind(ts, "set_int_max_str_digits", a, k, new String[] {"maxdigits"}, 0, 1);
            try {
                Ints.setMaxStrDigits(cInt(ts, b[0]));
            } catch (NumError e) {
                throw ModuleSupport.numError(ts, e);
            }
            return PyNone.NONE;
        });
    }

    /** An int argument converted as a C int: TypeError for non-integers, OverflowError beyond 32 bits. */
    static int cInt(PyThreadState ts, PyObj o) {
        if (o instanceof PyFloat) throw Exceptions.typeError(ts, "'float' object cannot be interpreted as an integer");
        PyInt i = Ops.index(ts, o);
        try {
            if (i.isBig() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
                throw Exceptions.overflowError(ts, "Python int too large to convert to C int");
            }
            return (int) i.value;
        } finally {
            RefCount.decref(i, ts);
        }
    }

    /**
     * {@code SystemExit(code)}, or {@code SystemExit()} for null (as CPython, {@code sys.exit(None)}
     * raises a SystemExit without arguments). Made by calling the class when
     * the exception types define their constructors (so it is what {@code raise SystemExit(code)}
     * makes); otherwise assembled here with the same args and {@code code} attribute.
     */
    static PyException systemExit(PyThreadState ts, PyObj code) {
        PyType t = Exceptions.SYSTEM_EXIT;
        PyObj[] args = code == null ? new PyObj[0] : new PyObj[] {code};
        if (t.lookup(TypeCall.S_INIT) != TypeCall.OBJECT_INIT || t.lookup(TypeCall.S_NEW) != TypeCall.OBJECT_NEW) {
            PyObj e = Ops.call(ts, t, args);
            if (e instanceof PyBaseException be) return new PyException(be);
            RefCount.decref(e, ts);
        }
        PyException ex = Exceptions.withArgs(ts, t, args);
        ex.value.setAttr(ts, "code", code == null ? PyNone.NONE : code);
        return ex;
    }

    /**
     * {@code sys.getsizeof(o)}: CPython 3.11's sizes (64-bit) for the common builtin objects,
     * computed from their length; {@code __sizeof__} (+16 for the GC header) for classes that
     * define it; 56 for other objects. An approximation: Skein's Java layouts differ, and
     * containers are measured by length, not by allocated capacity.
     */
    static long sizeOf(PyThreadState ts, PyObj o) {
        PyType t = o.type();
        if (t.isHeapType()) {
            PyObj m = t.lookup(S_SIZEOF);
            if (m != null && !(m instanceof PyMethodDescriptor)) {
                PyObj r = Ops.callMethod(ts, m, o, new PyObj[0], null);
                try {
                    long n = Ops.asIndex(ts, r);
                    if (n < 0) throw Exceptions.valueError(ts, "__sizeof__() should return >= 0");
                    return n + 16;
                } finally {
                    RefCount.decref(r, ts);
                }
            }
        }
        PyType base = t.solidBase();
        if (o == PyNone.NONE) return 16;
        if (o instanceof PyInt i) {
            long bits = i.isBig() ? i.big.abs().bitLength()
                    : i.value == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(i.value));
            return 24 + 4 * Math.max(1, (bits + 29) / 30);
        }
        if (o instanceof PyFloat) return 24;
        if (o instanceof PyStr s) {
            int max = 0;
            for (int c = 0, j = 0; j < s.value.length(); j += Character.charCount(c)) {
                c = s.value.codePointAt(j);
                max = Math.max(max, c);
            }
            long n = s.length();
            if (max < 128) return 49 + n;
            if (max < 256) return 73 + n;
            if (max < 0x10000) return 74 + 2 * n;
            return 76 + 4 * n;
        }
        if (o instanceof PyTuple tup) return 40 + 8L * tup.size();
        if (o instanceof PyDict d) return d.size() == 0 ? 64 : d.size() <= 5 ? 224 : 224 + 48L * Integer.highestOneBit(d.size());
        if (base == Types.LIST) return 56 + 8 * Math.max(0, o.len(ts));
        if (base == Types.SET || base == Types.FROZENSET) return 216;
        if (o instanceof PyModule) return 72;
        if (o instanceof PyType) return 1688;
        if (o instanceof PyBuiltinFunction) return 72;
        return 56;
    }
}
