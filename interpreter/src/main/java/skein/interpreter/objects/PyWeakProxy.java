package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.Ops;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code weakref.proxy(obj)}: {@code weakref.ProxyType}, or {@link Callable}
 * ({@code weakref.CallableProxyType}) when the referent is callable. Every use is forwarded to
 * the referent — attributes ({@code Ops.getAttrOrNull} and {@code Ops.setAttr} hand them over
 * before any look-up on the proxy's own type), operators (both operands unwrapped, as CPython's
 * {@code WRAP_BINARY}), comparisons, items, iteration, {@code str}, truth — and raises
 * {@code ReferenceError} once the referent is gone. A proxy is not hashable and cannot be
 * subclassed or weakly referenced.
 */
public class PyWeakProxy extends PyWeakReference {
    public static final PyType TYPE = Types.builtin("ProxyType", Types.OBJECT);
    public static final PyType CALLABLE_TYPE = Types.builtin("CallableProxyType", Types.OBJECT);

    static {
        TYPE.setQualname("weakref.ProxyType");
        CALLABLE_TYPE.setQualname("weakref.CallableProxyType");
    }

    PyWeakProxy(ThreadState ts, PyObj referent, PyObj callback) {
        super(ts, referent, callback);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The referent as a new reference; ReferenceError once it died. */
    public final PyObj target(PyThreadState ts) {
        PyObj o = get(ts);
        if (o == null) throw Exceptions.of(ts, Exceptions.REFERENCE_ERROR, "weakly-referenced object no longer exists");
        return o;
    }

    /** {@code x} itself, or its referent if it is a proxy; a new reference either way. */
    private static PyObj unwrap(PyThreadState ts, PyObj x) {
        if (x instanceof PyWeakProxy p) return p.target(ts);
        RefCount.incref(x, ts);
        return x;
    }

    // ---- attributes ----

    /** {@code getattr(proxy, name)}: the referent's attribute, or null when it has none. */
    public PyObj getAttr(PyThreadState ts, PyStr name) {
        return onTarget(ts, o -> Ops.getAttrOrNull(ts, o, name));
    }

    /** {@code setattr(proxy, name, value)}; value null deletes. */
    public void setAttr(PyThreadState ts, PyStr name, PyObj value) {
        PyObj o = target(ts);
        try {
            Ops.setAttr(ts, o, name, value);
        } finally {
            RefCount.decref(o, ts);
        }
    }

    // ---- conversions ----

    /** {@code f} applied to the referent, held by a counted reference meanwhile (or ReferenceError). */
    final <R> R onTarget(PyThreadState ts, java.util.function.Function<PyObj, R> f) {
        PyObj o = target(ts);
        try {
            return f.apply(o);
        } finally {
            RefCount.decref(o, ts);
        }
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        PyObj o = get(ts);
        if (o == null) {
            return new PyStr(ts, "<weakproxy at " + address(this) + " to NoneType at " + address(PyNone.NONE) + ">");
        }
        try {
            return new PyStr(ts, "<weakproxy at " + address(this) + " to " + referentTypeName(o) + " at " + address(o) + ">");
        } finally {
            RefCount.decref(o, ts);
        }
    }

    @Override
    public PyStr str(PyThreadState ts) {
        return onTarget(ts, o -> Ops.str(ts, o));
    }

    /** Hashable as a slot that always fails, as CPython's {@code proxy_hash}. */
    @Override
    public long hash(PyThreadState ts) {
        throw Exceptions.typeError(ts, "unhashable type: '" + typeName() + "'");
    }

    @Override
    public int truth(PyThreadState ts) {
        return onTarget(ts, o -> Ops.isTrue(ts, o) ? 1 : 0);
    }

    @Override
    public PyObj index(PyThreadState ts) {
        return onTarget(ts, o -> Ops.index(ts, o));
    }

    @Override
    public PyObj toFloat(PyThreadState ts) {
        PyObj o = target(ts);
        try {
            PyObj r = o.type().isHeapType() ? Ops.callDunder(ts, o, Ops.S_FLOAT) : o.toFloat(ts);
            if (r == null) throw Exceptions.typeError(ts, "float() argument must be a string or a real number, not '" + o.typeName() + "'");
            return r;
        } finally {
            RefCount.decref(o, ts);
        }
    }

    // ---- containers and iteration ----

    @Override
    public long len(PyThreadState ts) {
        return onTarget(ts, o -> Ops.len(ts, o));
    }

    @Override
    public PyObj getItem(PyThreadState ts, PyObj key) {
        return onTarget(ts, o -> Ops.getItem(ts, o, key));
    }

    @Override
    public boolean setItem(PyThreadState ts, PyObj key, PyObj value) {
        PyObj o = target(ts);
        try {
            Ops.setItem(ts, o, key, value);
            return true;
        } finally {
            RefCount.decref(o, ts);
        }
    }

    @Override
    public boolean delItem(PyThreadState ts, PyObj key) {
        PyObj o = target(ts);
        try {
            Ops.delItem(ts, o, key);
            return true;
        } finally {
            RefCount.decref(o, ts);
        }
    }

    @Override
    public int contains(PyThreadState ts, PyObj item) {
        return onTarget(ts, o -> Ops.contains(ts, o, item) ? 1 : 0);
    }

    @Override
    public PyObj iter(PyThreadState ts) {
        return onTarget(ts, o -> Ops.iter(ts, o));
    }

    @Override
    public PyObj next(PyThreadState ts) {
        PyObj o = target(ts);
        try {
            if (!Ops.isIterator(o)) {
                throw Exceptions.typeError(ts, "Weakref proxy referenced a non-iterator '" + referentTypeName(o) + "' object");
            }
            return Ops.next(ts, o);
        } finally {
            RefCount.decref(o, ts);
        }
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    // ---- operators ----

    @Override
    public PyObj binaryOp(PyThreadState ts, int op, PyObj other) {
        return forwardBinary(ts, this, other, op);
    }

    @Override
    public PyObj reflectedOp(PyThreadState ts, int op, PyObj other) {
        return forwardBinary(ts, other, this, op);
    }

    private static PyObj forwardBinary(PyThreadState ts, PyObj a, PyObj b, int op) {
        PyObj x = unwrap(ts, a);
        try {
            PyObj y = unwrap(ts, b);
            try {
                return Ops.binaryOp(ts, x, y, op);
            } finally {
                RefCount.decref(y, ts);
            }
        } finally {
            RefCount.decref(x, ts);
        }
    }

    @Override
    public PyObj inplaceOp(PyThreadState ts, int op, PyObj other) {
        PyObj x = target(ts);
        try {
            PyObj y = unwrap(ts, other);
            try {
                return Ops.inplaceOp(ts, x, y, op);
            } finally {
                RefCount.decref(y, ts);
            }
        } finally {
            RefCount.decref(x, ts);
        }
    }

    @Override
    public PyObj unaryOp(PyThreadState ts, int op) {
        return onTarget(ts, o -> Ops.unaryOp(ts, o, op));
    }

    @Override
    public PyObj richCompare(PyThreadState ts, PyObj other, int op) {
        PyObj x = target(ts);
        try {
            PyObj y = unwrap(ts, other);
            try {
                return Ops.richCompare(ts, x, y, op);
            } finally {
                RefCount.decref(y, ts);
            }
        } finally {
            RefCount.decref(x, ts);
        }
    }

    /** {@code weakref.CallableProxyType}: a proxy whose referent was callable when it was made. */
    public static final class Callable extends PyWeakProxy {
        Callable(ThreadState ts, PyObj referent, PyObj callback) {
            super(ts, referent, callback);
        }

        @Override
        public PyType type() {
            return CALLABLE_TYPE;
        }

        @Override
        public PyObj call(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
            return onTarget(ts, o -> Ops.call(ts, o, args, kwnames));
        }

        @Override
        public boolean isCallable() {
            return true;
        }
    }
}
