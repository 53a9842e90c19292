package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.Args;
import skein.interpreter.runtime.Constants;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Slots;
import skein.interpreter.str.StrCodec;
import skein.interpreter.str.StrError;

/**
 * Installs {@code str} and {@code bytes}: the type slots of {@link PyStr} and {@link PyBytes}
 * as dunders, the constructors, the operator dunders CPython defines (str has {@code __add__}
 * but no {@code __radd__}: concatenation is a sequence slot), the text methods
 * ({@link StrMethods}), formatting ({@link StrFormat}, {@link StrPercent}) and the bytes
 * methods ({@link BytesMethods}); registers the factory for bytes constants.
 */
public final class StrTypes {
    private StrTypes() {}

    public static void install(PyThreadState ts) {
        installStr();
        StrMethods.install();
        BytesMethods.install();
        Constants.bytesFactory = PyBytes::immortal;
        for (PyType it : new PyType[] {Types.STR_ITERATOR, Types.STR_ASCII_ITERATOR, Types.BYTES_ITERATOR}) {
            Slots.install(it, it == Types.BYTES_ITERATOR ? PyBytesIterator.class : PyStrIterator.class);
            Slots.method(it, "__length_hint__", (t, a, k) -> {
                MArgs.none(t, it.name() + ".__length_hint__", a, k);
                return PyInt.of(t, a[0] instanceof PyStrIterator s ? s.lengthHint() : ((PyBytesIterator) a[0]).lengthHint());
            });
        }
    }

    private static void installStr() {
        PyType t = Types.STR;
        t.setFactory((ts, type) -> type == Types.STR ? PyStr.intern("") : new PyStr.Sub(ts, type, ""));
        Slots.install(t, PyStr.class);
        Slots.compare(t);
        Slots.staticMethod(t, "__new__", StrTypes::strNew);
        Slots.method(t, "__add__", (ts, a, k) -> {
            MArgs.one(ts, "str.__add__", a, k);
            if (a[1] instanceof PyStr o) return ((PyStr) a[0]).concat(ts, o);
            throw Exceptions.typeError(ts, "can only concatenate str (not \"" + a[1].typeName() + "\") to str");
        });
        Slots.method(t, "__mul__", (ts, a, k) -> {
            MArgs.one(ts, "str.__mul__", a, k);
            return ((PyStr) a[0]).repeat(ts, Math.max(0, Sequences.ssize(ts, a[1])));
        });
        Slots.method(t, "__rmul__", (ts, a, k) -> {
            MArgs.one(ts, "str.__rmul__", a, k);
            return ((PyStr) a[0]).repeat(ts, Math.max(0, Sequences.ssize(ts, a[1])));
        });
        Slots.method(t, "__mod__", (ts, a, k) -> {
            MArgs.one(ts, "str.__mod__", a, k);
            return StrPercent.format(ts, (PyStr) a[0], a[1]);
        });
        Slots.method(t, "__rmod__", (ts, a, k) -> {
            MArgs.one(ts, "str.__rmod__", a, k);
            if (a[1] instanceof PyStr f) return StrPercent.format(ts, f, a[0]);
            return PyObj.NOT_IMPLEMENTED;
        });
        Slots.method(t, "format", (ts, a, k) -> {
            int npos = Args.npos(a, k);
            PyObj[] pos = java.util.Arrays.copyOfRange(a, 1, npos);
            PyDict kw = null;
            if (k != null && k.length > 0) {
                kw = new PyDict(ts);
                for (int i = 0; i < k.length; i++) kw.putStr(k[i], a[npos + i], ts);
            }
            try {
                return StrFormat.format(ts, StrArgs.self(a), pos, kw);
            } finally {
                if (kw != null) RefCount.decref(kw, ts);
            }
        });
        Slots.method(t, "format_map", (ts, a, k) -> {
            MArgs.one(ts, "str.format_map", a, k);
            return StrFormat.format(ts, StrArgs.self(a), null, a[1]);
        });
        Slots.method(t, "__format__", (ts, a, k) -> {
            MArgs.one(ts, "str.__format__", a, k);
            return StrFormat.formatStr(ts, (PyStr) a[0], a[1]);
        });
        Slots.method(t, "__getnewargs__", (ts, a, k) -> {
            MArgs.none(ts, "str.__getnewargs__", a, k);
            PyStr copy = PyStr.of(ts, StrArgs.self(a));
            PyTuple r = PyTuple.of(ts, copy);
            RefCount.decref(copy, ts);
            return r;
        });
    }

    private static final String[] STR_PARAMS = {"object", "encoding", "errors"};

    /** {@code str.__new__(cls, object='', encoding='utf-8', errors='strict')}. */
    private static PyObj strNew(PyThreadState ts, PyObj[] a, PyStr[] k) {
        PyType cls = MArgs.newType(ts, a, Types.STR);
        PyObj[] p = Args.bind(ts, "str", java.util.Arrays.copyOfRange(a, 1, a.length), k, STR_PARAMS, 0, 0);
        PyStr s;
        if (p[0] == null && p[1] == null && p[2] == null) s = PyStr.intern("");
        else if (p[1] == null && p[2] == null) s = Ops.str(ts, p[0]);
        else s = decode(ts, p[0] == null ? PyBytes.EMPTY : p[0], p[1], p[2], "str");
        if (cls == Types.STR) return s;
        PyStr.Sub r = new PyStr.Sub(ts, cls, s.value);
        RefCount.decref(s, ts);
        return r;
    }

    /** {@code str(obj, encoding, errors)} / {@code bytes.decode}: CPython's {@code PyUnicode_FromEncodedObject}. */
    static PyStr decode(PyThreadState ts, PyObj obj, PyObj encoding, PyObj errors, String fname) {
        String enc = encoding == null ? "utf-8" : StrArgs.str(ts, encoding, fname + "() argument 'encoding' must be str");
        String err = errors == null ? "strict" : StrArgs.str(ts, errors, fname + "() argument 'errors' must be str");
        if (obj instanceof PyStr) throw Exceptions.typeError(ts, "decoding str is not supported");
        if (!(obj instanceof PyBytes b)) {
            throw Exceptions.typeError(ts, "decoding to str: need a bytes-like object, " + obj.typeName() + " found");
        }
        try {
            return PyStr.of(ts, StrCodec.decode(b.bytes(), enc, err));
        } catch (StrError e) {
            throw StrErrors.raise(ts, e);
        }
    }
}
