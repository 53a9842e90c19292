package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

import java.lang.reflect.Method;

/**
 * Exposes the Java slots of builtin types ({@link PyObj#len}, {@link PyObj#binaryOp}, ...) as
 * dunder methods in their type dictionaries, so that {@code list.__len__}, {@code super().__eq__}
 * and a subclass's inherited behaviour reach the same Java code as the fast path.
 * Also defines {@code object}'s own methods, which the protocol in {@link Ops} recognises by
 * identity (a class that does not override {@code __getattribute__} takes the fast path).
 */
public final class Slots {
    private Slots() {}

    public static final PyMethodDescriptor OBJECT_GETATTRIBUTE = new PyMethodDescriptor(Types.OBJECT, "__getattribute__",
            PyMethodDescriptor.Kind.INSTANCE, (ts, a, k) -> {
                Args.check(ts, "__getattribute__", a, k, 2, 2);
                PyStr name = attrName(ts, a[1]);
                PyObj r = a[0] instanceof PyType t ? Ops.typeGetAttr(ts, t, name) : Ops.genericGetAttr(ts, a[0], name);
                if (r == null) throw Ops.noAttribute(ts, a[0], name);
                return r;
            });
    public static final PyMethodDescriptor OBJECT_SETATTR = new PyMethodDescriptor(Types.OBJECT, "__setattr__",
            PyMethodDescriptor.Kind.INSTANCE, (ts, a, k) -> {
                Args.check(ts, "__setattr__", a, k, 3, 3);
                Ops.genericSetAttr(ts, a[0], attrName(ts, a[1]), a[2]);
                return PyNone.NONE;
            });
    public static final PyMethodDescriptor OBJECT_DELATTR = new PyMethodDescriptor(Types.OBJECT, "__delattr__",
            PyMethodDescriptor.Kind.INSTANCE, (ts, a, k) -> {
                Args.check(ts, "__delattr__", a, k, 2, 2);
                Ops.genericSetAttr(ts, a[0], attrName(ts, a[1]), null);
                return PyNone.NONE;
            });
    public static final PyMethodDescriptor OBJECT_HASH = new PyMethodDescriptor(Types.OBJECT, "__hash__",
            PyMethodDescriptor.Kind.INSTANCE, (ts, a, k) -> {
                Args.check(ts, "__hash__", a, k, 1, 1);
                return PyInt.of(ts, a[0].identityHash());
            });

    static PyStr attrName(PyThreadState ts, PyObj o) {
        if (o instanceof PyStr s) return PyStr.intern(s.value);
        throw Exceptions.typeError(ts, "attribute name must be string, not '" + o.typeName() + "'");
    }

    /** Adds an instance method to a builtin type. */
    public static void method(PyType t, String name, NativeFn fn) {
        put(t, name, new PyMethodDescriptor(t, name, PyMethodDescriptor.Kind.INSTANCE, fn));
    }

    public static void classMethod(PyType t, String name, NativeFn fn) {
        put(t, name, new PyMethodDescriptor(t, name, PyMethodDescriptor.Kind.CLASS, fn));
    }

    public static void staticMethod(PyType t, String name, NativeFn fn) {
        put(t, name, new PyMethodDescriptor(t, name, PyMethodDescriptor.Kind.STATIC, fn));
    }

    public static void getset(PyType t, String name, PyGetSet.Getter g, PyGetSet.Setter s) {
        put(t, name, new PyGetSet(t, name, g, s));
    }

    /** Stores an immortal value in a builtin type's dictionary. */
    public static void put(PyType t, String name, PyObj value) {
        t.dict().putStr(PyStr.intern(name), value, Runtime.bootThread());
        PyType.bumpVersion();
    }

    private static boolean overrides(Class<?> c, String method, Class<?>... params) {
        try {
            Method m = c.getMethod(method, params);
            return m.getDeclaringClass() != PyObj.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * Installs the dunder for every non-operator slot that {@code impl} (the Java class of the
     * type's instances) overrides. Operators are installed by {@link #binary}, {@link #compare}
     * and {@link #unary}, since a class overriding {@code binaryOp} rarely supports every operator.
     */
    public static void install(PyType t, Class<? extends PyObj> impl) {
        Class<?> TS = PyThreadState.class, O = PyObj.class;
        if (overrides(impl, "repr", TS)) method(t, "__repr__", (ts, a, k) -> {
            Args.check(ts, "__repr__", a, k, 1, 1);
            PyStr r = a[0].repr(ts);
            return r != null ? r : Ops.defaultRepr(ts, a[0]);
        });
        if (overrides(impl, "str", TS)) method(t, "__str__", (ts, a, k) -> {
            Args.check(ts, "__str__", a, k, 1, 1);
            PyStr r = a[0].str(ts);
            return r != null ? r : Ops.repr(ts, a[0]);
        });
        if (overrides(impl, "isHashable")) {
            put(t, "__hash__", PyNone.NONE);
        } else if (overrides(impl, "hash", TS)) {
            method(t, "__hash__", (ts, a, k) -> {
                Args.check(ts, "__hash__", a, k, 1, 1);
                return PyInt.of(ts, a[0].hash(ts));
            });
        }
        if (overrides(impl, "truth", TS)) method(t, "__bool__", (ts, a, k) -> {
            Args.check(ts, "__bool__", a, k, 1, 1);
            return PyBool.of(a[0].truth(ts) != 0);
        });
        if (overrides(impl, "len", TS)) method(t, "__len__", (ts, a, k) -> {
            Args.check(ts, "__len__", a, k, 1, 1);
            return PyInt.of(ts, a[0].len(ts));
        });
        if (overrides(impl, "getItem", TS, O)) method(t, "__getitem__", (ts, a, k) -> {
            Args.check(ts, "__getitem__", a, k, 2, 2);
            return a[0].getItem(ts, a[1]);
        });
        if (overrides(impl, "setItem", TS, O, O)) method(t, "__setitem__", (ts, a, k) -> {
            Args.check(ts, "__setitem__", a, k, 3, 3);
            a[0].setItem(ts, a[1], a[2]);
            return PyNone.NONE;
        });
        if (overrides(impl, "delItem", TS, O)) method(t, "__delitem__", (ts, a, k) -> {
            Args.check(ts, "__delitem__", a, k, 2, 2);
            a[0].delItem(ts, a[1]);
            return PyNone.NONE;
        });
        if (overrides(impl, "iter", TS)) method(t, "__iter__", (ts, a, k) -> {
            Args.check(ts, "__iter__", a, k, 1, 1);
            return a[0].iter(ts);
        });
        if (overrides(impl, "next", TS)) method(t, "__next__", (ts, a, k) -> {
            Args.check(ts, "__next__", a, k, 1, 1);
            PyObj r = a[0].next(ts);
            if (r == null) throw Exceptions.stopIteration(ts, null);
            return r;
        });
        if (overrides(impl, "contains", TS, O)) method(t, "__contains__", (ts, a, k) -> {
            Args.check(ts, "__contains__", a, k, 2, 2);
            return PyBool.of(a[0].contains(ts, a[1]) > 0);
        });
        if (overrides(impl, "call", TS, PyObj[].class, PyStr[].class)) method(t, "__call__", (ts, a, k) -> {
            PyObj[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return a[0].call(ts, rest, k);
        });
        if (overrides(impl, "index", TS)) method(t, "__index__", (ts, a, k) -> {
            Args.check(ts, "__index__", a, k, 1, 1);
            return a[0].index(ts);
        });
    }

    /** Installs {@code __op__}, {@code __rop__} (and {@code __iop__} if inplace) for the given BINARY_OP numbers. */
    public static void binary(PyType t, boolean inplace, int... ops) {
        for (int op : ops) {
            String n = Ops.BINARY_DUNDERS[op].value;
            method(t, n, (ts, a, k) -> {
                Args.check(ts, n, a, k, 2, 2);
                return a[0].binaryOp(ts, op, a[1]);
            });
            String rn = Ops.REFLECTED_DUNDERS[op].value;
            method(t, rn, (ts, a, k) -> {
                Args.check(ts, rn, a, k, 2, 2);
                return a[0].reflectedOp(ts, op, a[1]);
            });
            if (inplace) {
                String in = Ops.INPLACE_DUNDERS[op].value;
                method(t, in, (ts, a, k) -> {
                    Args.check(ts, in, a, k, 2, 2);
                    return a[0].inplaceOp(ts, op, a[1]);
                });
            }
        }
    }

    /** Installs the six rich comparison dunders calling {@link PyObj#richCompare}. */
    public static void compare(PyType t) {
        for (int op = 0; op < 6; op++) {
            int o = op;
            String n = Ops.COMPARE_DUNDERS[op].value;
            method(t, n, (ts, a, k) -> {
                Args.check(ts, n, a, k, 2, 2);
                return a[0].richCompare(ts, a[1], o);
            });
        }
    }

    /** Installs unary dunders (0 __neg__, 1 __pos__, 2 __invert__, 3 __abs__). */
    public static void unary(PyType t, int... ops) {
        for (int op : ops) {
            String n = Ops.UNARY_DUNDERS[op].value;
            method(t, n, (ts, a, k) -> {
                Args.check(ts, n, a, k, 1, 1);
                PyObj r = a[0].unaryOp(ts, op);
                if (r == null) throw Exceptions.typeError(ts, "bad operand type for " + n);
                return r;
            });
        }
    }

    /** The methods of {@code object} itself. */
    static void installObject() {
        PyType t = Types.OBJECT;
        put(t, "__getattribute__", OBJECT_GETATTRIBUTE);
        put(t, "__setattr__", OBJECT_SETATTR);
        put(t, "__delattr__", OBJECT_DELATTR);
        put(t, "__hash__", OBJECT_HASH);
        method(t, "__repr__", (ts, a, k) -> {
            Args.check(ts, "__repr__", a, k, 1, 1);
            return Ops.defaultRepr(ts, a[0]);
        });
        method(t, "__str__", (ts, a, k) -> {
            Args.check(ts, "__str__", a, k, 1, 1);
            return Ops.repr(ts, a[0]);
        });
        for (int op = 0; op < 6; op++) {
            int o = op;
            String n = Ops.COMPARE_DUNDERS[op].value;
            method(t, n, (ts, a, k) -> {
                Args.check(ts, n, a, k, 2, 2);
                if (o == 2) return a[0] == a[1] ? PyBool.TRUE : PyObj.NOT_IMPLEMENTED;
                if (o == 3) {
                    // object.__ne__ inverts __eq__ (whatever class defines it)
                    PyObj eq = Ops.callDunder(ts, a[0], Ops.COMPARE_DUNDERS[2], a[1]);
                    if (eq == null || eq == PyObj.NOT_IMPLEMENTED) return PyObj.NOT_IMPLEMENTED;
                    boolean v = Ops.isTrue(ts, eq);
                    RefCount.decref(eq, ts);
                    return PyBool.of(!v);
                }
                return PyObj.NOT_IMPLEMENTED;
            });
        }
        getset(t, "__class__", (ts, self) -> {
            PyType ty = self.type();
            RefCount.incref(ty, ts);
            return ty;
        }, null);
        classMethod(t, "__init_subclass__", (ts, a, k) -> PyNone.NONE);
        method(t, "__format__", (ts, a, k) -> {
            Args.check(ts, "__format__", a, k, 2, 2);
            if (!(a[1] instanceof PyStr spec) || !spec.value.isEmpty()) {
                throw Exceptions.typeError(ts, "unsupported format string passed to " + a[0].typeName() + ".__format__");
            }
            return Ops.str(ts, a[0]);
        });
    }
}
