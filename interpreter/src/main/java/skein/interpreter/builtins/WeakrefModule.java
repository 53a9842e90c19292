package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.util.List;

import static skein.interpreter.builtins.ModuleSupport.fn;
import static skein.interpreter.builtins.ModuleSupport.put;

/**
 * The {@code _weakref} module: the types {@code ref} ({@code ReferenceType}), {@code ProxyType}
 * and {@code CallableProxyType}, and {@code proxy}, {@code getweakrefcount},
 * {@code getweakrefs}, {@code _remove_dead_weakref}. The objects are {@link PyWeakRef} and
 * {@link PyWeakProxy}; the lists, locks and clearing are {@link WeakRefs}. {@code weakref} (with
 * {@code WeakValueDictionary}, {@code WeakKeyDictionary}, {@code WeakSet}, {@code finalize}) is
 * written in Python on top of it, in the bundled library.
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    private static volatile PyModule module;

    public static PyModule get() {
        PyModule m = module;
        if (m != null) return m;
        synchronized (WeakrefModule.class) {
            if (module == null) module = create();
            return module;
        }
    }

    private static PyModule create() {
        installRef();
        installProxy(PyWeakProxy.TYPE, PyWeakProxy.class);
        installProxy(PyWeakProxy.CALLABLE_TYPE, PyWeakProxy.Callable.class);
        PyModule m = new PyModule("_weakref");
        put(m, "__name__", PyStr.intern("_weakref"));
        put(m, "__doc__", PyStr.intern("Weak-reference support module."));
        put(m, "ref", PyWeakRef.TYPE);
        put(m, "ReferenceType", PyWeakRef.TYPE);
        put(m, "ProxyType", PyWeakProxy.TYPE);
        put(m, "CallableProxyType", PyWeakProxy.CALLABLE_TYPE);
        fn(m, "proxy", (ts, a, k) -> {
            Args.check(ts, "proxy", a, k, 1, 2);
            return WeakRefs.newProxy(ts, a[0], a.length > 1 ? a[1] : null);
        });
        fn(m, "getweakrefcount", (ts, a, k) -> {
            Args.check(ts, "_weakref.getweakrefcount", a, k, 1, 1);
            return PyInt.of(ts, WeakRefs.count(a[0]));
        });
        fn(m, "getweakrefs", (ts, a, k) -> {
            Args.check(ts, "_weakref.getweakrefs", a, k, 1, 1);
            List<PyObj> refs = WeakRefs.list(ts, a[0]);
            return PyList.steal(ts, refs.toArray(new PyObj[0]), refs.size());
        });
        fn(m, "_remove_dead_weakref", (ts, a, k) -> {
            Args.check(ts, "_remove_dead_weakref", a, k, 2, 2);
            if (!(a[0] instanceof PyDict d)) {
                throw Exceptions.typeError(ts, "_remove_dead_weakref() argument 1 must be dict, not " + a[0].typeName());
            }
            d.removeIf(a[1], v -> {
                if (!(v instanceof PyWeakReference r)) throw Exceptions.typeError(ts, "not a weakref");
                return r.isDead();
            }, Keys.of(ts));
            return PyNone.NONE;
        });
        // Skein's own: what weakref.finalize's exit loop prints a failed finalizer with
        // (CPython calls sys.excepthook, which Skein's sys does not have)
        fn(m, "_print_exception", (ts, a, k) -> {
            Args.check(ts, "_print_exception", a, k, 1, 1);
            if (a[0] instanceof PyBaseException e) {
                Output.flushStdout();
                Output.stderr().print(Tracebacks.format(ts, e));
                Output.stderr().flush();
            }
            return PyNone.NONE;
        });
        return m;
    }

    private static String refTypeName() {
        return WeakRefs.tpName(PyWeakRef.TYPE);
    }

    private static void installRef() {
        PyType t = PyWeakRef.TYPE;
        Slots.install(t, PyWeakRef.class);
        Slots.compare(t);
        Slots.put(t, "__module__", PyStr.intern("weakref"));
        // ref.__call__ is the referent itself, whatever a subclass's own __call__ does
        Slots.method(t, "__call__", (ts, a, k) ->
                ((PyWeakRef) a[0]).callReferent(ts, java.util.Arrays.copyOfRange(a, 1, a.length), k));
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            String tn = refTypeName();
            if (a.length == 0) throw Exceptions.typeError(ts, tn + ".__new__(): not enough arguments");
            if (!(a[0] instanceof PyType cls)) {
                throw Exceptions.typeError(ts, tn + ".__new__(X): X is not a type object (" + a[0].typeName() + ")");
            }
            if (!cls.isSubtypeOf(t)) {
                throw Exceptions.typeError(ts, tn + ".__new__(" + cls.name() + "): " + cls.name() + " is not a subtype of " + tn);
            }
            // keywords are left to __init__ (a subclass's may take some; ref's refuses them)
            int n = Args.npos(a, k) - 1;
            if (n < 1 || n > 2) throw Args.countError(ts, "__new__", n, 1, 2);
            return WeakRefs.newRef(ts, cls, a[1], n == 2 ? a[2] : null);
        });
        Slots.method(t, "__init__", (ts, a, k) -> {
            Args.noKeywords(ts, "ref", k);
            int n = a.length - 1;
            if (n < 1 || n > 2) throw Args.countError(ts, "__init__", n, 1, 2);
            return PyNone.NONE;
        });
        Slots.getset(t, "__callback__", (ts, self) -> {
            PyObj cb = ((PyWeakReference) self).callback(ts);
            return cb != null ? cb : PyNone.NONE;
        }, null);
    }

    private static void installProxy(PyType t, Class<? extends PyWeakProxy> impl) {
        t.markFinal();
        t.setFactory(null);
        Slots.install(t, impl);
        Slots.binary(t, true, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        Slots.compare(t);
        Slots.unary(t, 0, 1, 2, 3);
        Slots.put(t, "__module__", PyStr.intern("weakref"));
        Slots.method(t, "__getattribute__", (ts, a, k) -> {
            Args.check(ts, "__getattribute__", a, k, 2, 2);
            if (!(a[1] instanceof PyStr name)) {
                throw Exceptions.typeError(ts, "attribute name must be string, not '" + a[1].typeName() + "'");
            }
            PyObj r = ((PyWeakProxy) a[0]).getAttr(ts, PyStr.intern(name.value));
            if (r == null) {
                PyObj o = ((PyWeakProxy) a[0]).target(ts);
                try {
                    throw Ops.noAttribute(ts, o, PyStr.intern(name.value));
                } finally {
                    RefCount.decref(o, ts);
                }
            }
            return r;
        });
    }
}
