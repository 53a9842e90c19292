package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

/**
 * The abstract object protocol (CPython's {@code Objects/abstract.c} and {@code object.c}):
 * attribute access with descriptors, calls, operators with their reflected forms, rich
 * comparison, truth, hashing, iteration, subscripting, repr and str.
 *
 * <p>Each operation has a fast path for builtin types (one virtual call of the Java slot on
 * {@link PyObj}) and the general path for classes made by {@code class} statements (look
 * the dunder up along the MRO and call it, so Python overrides win). Results are new
 * references; arguments are borrowed.
 */
public final class Ops {
    private Ops() {}

    public static final String[] BINARY_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] BINARY_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"};
    public static final PyStr[] BINARY_DUNDERS = new PyStr[13], REFLECTED_DUNDERS = new PyStr[13], INPLACE_DUNDERS = new PyStr[13];
    public static final String[] COMPARE_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    public static final PyStr[] COMPARE_DUNDERS = {
        PyStr.intern("__lt__"), PyStr.intern("__le__"), PyStr.intern("__eq__"),
        PyStr.intern("__ne__"), PyStr.intern("__gt__"), PyStr.intern("__ge__")};
    /** The comparison an operand swap turns op into (a &lt; b is b &gt; a). */
    public static final int[] SWAPPED_COMPARE = {4, 5, 2, 3, 0, 1};
    public static final PyStr[] UNARY_DUNDERS = {
        PyStr.intern("__neg__"), PyStr.intern("__pos__"), PyStr.intern("__invert__"), PyStr.intern("__abs__")};
    private static final String[] UNARY_SYMBOLS = {"unary -", "unary +", "unary ~", "abs()"};

    static {
        for (int i = 0; i < 13; i++) {
            BINARY_DUNDERS[i] = PyStr.intern("__" + BINARY_NAMES[i] + "__");
            REFLECTED_DUNDERS[i] = PyStr.intern("__r" + BINARY_NAMES[i] + "__");
            INPLACE_DUNDERS[i] = PyStr.intern("__i" + BINARY_NAMES[i] + "__");
        }
    }

    public static final PyStr S_GETATTR = PyStr.intern("__getattr__");
    public static final PyStr S_GETATTRIBUTE = PyStr.intern("__getattribute__");
    public static final PyStr S_SETATTR = PyStr.intern("__setattr__");
    public static final PyStr S_DELATTR = PyStr.intern("__delattr__");
    public static final PyStr S_GET = PyStr.intern("__get__");
    public static final PyStr S_SET = PyStr.intern("__set__");
    public static final PyStr S_DELETE = PyStr.intern("__delete__");
    public static final PyStr S_CALL = PyStr.intern("__call__");
    public static final PyStr S_REPR = PyStr.intern("__repr__");
    public static final PyStr S_STR = PyStr.intern("__str__");
    public static final PyStr S_HASH = PyStr.intern("__hash__");
    public static final PyStr S_BOOL = PyStr.intern("__bool__");
    public static final PyStr S_LEN = PyStr.intern("__len__");
    public static final PyStr S_GETITEM = PyStr.intern("__getitem__");
    public static final PyStr S_SETITEM = PyStr.intern("__setitem__");
    public static final PyStr S_DELITEM = PyStr.intern("__delitem__");
    public static final PyStr S_ITER = PyStr.intern("__iter__");
    public static final PyStr S_NEXT = PyStr.intern("__next__");
    public static final PyStr S_CONTAINS = PyStr.intern("__contains__");
    public static final PyStr S_INDEX = PyStr.intern("__index__");
    public static final PyStr S_INT = PyStr.intern("__int__");
    public static final PyStr S_FLOAT = PyStr.intern("__float__");
    public static final PyStr S_DICT = PyStr.intern("__dict__");
    public static final PyStr S_CLASS = PyStr.intern("__class__");
    public static final PyStr S_NAME = PyStr.intern("__name__");

    // ==== calls ====

    /** {@code f(*args)} with keyword names for the trailing args. */
    public static PyObj call(PyThreadState ts, PyObj f, PyObj[] args, PyStr[] kwnames) {
        // one virtual call, not isCallable() then call(): call() answers null for "not callable"
        PyObj r = f.call(ts, args, kwnames);
        if (r != null) return r;
        PyType t = f.type();
        if (t.isHeapType()) {
            PyObj m = t.lookup(S_CALL);
            if (m != null) return callMethod(ts, m, f, args, kwnames);
        }
        throw Exceptions.typeError(ts, "'" + f.typeName() + "' object is not callable");
    }

    public static PyObj call(PyThreadState ts, PyObj f, PyObj... args) {
        return call(ts, f, args, null);
    }

    public static boolean isCallable(PyObj o) {
        return o.isCallable() || (o.type().isHeapType() && o.type().lookup(S_CALL) != null);
    }

    /** Calls {@code meth} (found on self's type, unbound) with self prepended. */
    public static PyObj callMethod(PyThreadState ts, PyObj meth, PyObj self, PyObj[] args, PyStr[] kwnames) {
        if (meth instanceof PyFunction || (meth instanceof PyMethodDescriptor d && d.kind == PyMethodDescriptor.Kind.INSTANCE)) {
            PyObj[] full = new PyObj[args.length + 1];
            full[0] = self;
            for (int i = 0; i < args.length; i++) full[i + 1] = args[i]; // few: a loop beats the copy stub
            return meth.call(ts, full, kwnames);
        }
        PyObj bound = descrGet(ts, meth, self, self.type());
        try {
            return call(ts, bound, args, kwnames);
        } finally {
            RefCount.decref(bound, ts);
        }
    }

    /** Calls the dunder {@code name} of self's type, or returns null if the type has none. */
    public static PyObj callDunder(PyThreadState ts, PyObj self, PyStr name, PyObj... args) {
        PyObj m = self.type().lookup(name);
        if (m == null || m == PyNone.NONE) return null;
        return callMethod(ts, m, self, args, null);
    }

    // ==== attributes ====

    /** {@code getattr(o, name)}. */
    public static PyObj getAttr(PyThreadState ts, PyObj o, PyStr name) {
        PyObj r = getAttrOrNull(ts, o, name);
        if (r == null) throw noAttribute(ts, o, name);
        return r;
    }

    public static PyException noAttribute(PyThreadState ts, PyObj o, PyStr name) {
        if (o instanceof PyWeakProxy p) {
            // the proxy looked the name up on its referent: the error is the referent's
            PyObj target = p.get(ts);
            if (target != null) {
                try {
                    return noAttribute(ts, target, name);
                } finally {
                    RefCount.decref(target, ts);
                }
            }
        }
        String msg;
        if (o instanceof PyModule m) msg = "module '" + m.name + "' has no attribute '" + name.value + "'";
        else if (o instanceof PyType t) msg = "type object '" + t.name() + "' has no attribute '" + name.value + "'";
        else msg = "'" + o.typeName() + "' object has no attribute '" + name.value + "'";
        PyException e = Exceptions.attributeError(ts, msg);
        e.value.setAttr(ts, "name", name);
        e.value.setAttr(ts, "obj", o);
        return e;
    }

    /**
     * {@code getattr(o, name)} or null when the attribute does not exist (no AttributeError
     * object made on the common miss path of {@code hasattr} and {@code getattr(o, n, d)}).
     * An AttributeError raised by a property or {@code __getattr__} also turns into null.
     */
    public static PyObj getAttrOrNull(PyThreadState ts, PyObj o, PyStr name) {
        PyType t = o.type();
        if (o instanceof PySuper sup) return CoreBuiltins.superGetAttr(ts, sup, name);
        if (o instanceof PyWeakProxy p) return p.getAttr(ts, name);
        if (t.isHeapType()) {
            PyObj ga = t.lookup(S_GETATTRIBUTE);
            PyObj hook = t.lookup(S_GETATTR);
            if (ga != null && ga != Slots.OBJECT_GETATTRIBUTE) {
                // CPython's slot_tp_getattr_hook: an AttributeError from __getattribute__ falls to __getattr__
                try {
                    return callMethod(ts, ga, o, new PyObj[] {name}, null);
                } catch (PyException e) {
                    if (hook == null || !e.matches(Exceptions.ATTRIBUTE_ERROR)) throw e;
                    e.release(ts);
                    return callMethod(ts, hook, o, new PyObj[] {name}, null);
                }
            }
            if (hook != null) {
                PyObj r;
                try {
                    r = o instanceof PyType ty ? typeGetAttr(ts, ty, name) : genericGetAttr(ts, o, name);
                } catch (PyException e) {
                    if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) throw e;
                    e.release(ts);
                    r = null;
                }
                if (r != null) return r;
                return callMethod(ts, hook, o, new PyObj[] {name}, null);
            }
        }
        return o instanceof PyType ty ? typeGetAttr(ts, ty, name) : genericGetAttr(ts, o, name);
    }

    /** {@code object.__getattribute__}: data descriptors, then the instance dict, then the rest. */
    public static PyObj genericGetAttr(PyThreadState ts, PyObj o, PyStr name) {
        PyType t = o.type();
        PyObj descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) return descrGet(ts, descr, o, t);
        PyDict d = o.instanceDict();
        if (d != null) {
            PyObj v = d.getStrRef(name, ts); // lock-free
            if (v != null) return v;
        }
        if (descr != null) return descrGet(ts, descr, o, t);
        PyObj hook = o.getAttrHook(ts, name);
        if (hook != null) return hook;
        if (name == S_DICT) {
            PyDict nd = o.ensureDict(ts);
            if (nd != null) {
                nd.markSeen();
                RefCount.incref(nd, ts);
                return nd;
            }
        }
        return null;
    }

    /** Attribute of a type object: the metatype's data descriptors, then the MRO, then the rest. */
    public static PyObj typeGetAttr(PyThreadState ts, PyType cls, PyStr name) {
        PyType meta = cls.type();
        PyObj metaDescr = meta.lookup(name);
        if (metaDescr != null && isDataDescriptor(metaDescr)) return descrGet(ts, metaDescr, cls, meta);
        PyObj v = cls.lookup(name);
        if (v != null) return descrGet(ts, v, null, cls);
        if (metaDescr != null) return descrGet(ts, metaDescr, cls, meta);
        if (name == S_DICT) {
            // a read-only view in CPython (mappingproxy); the dict itself here
            RefCount.incref(cls.dict(), ts);
            return cls.dict();
        }
        return null;
    }

    public static boolean isDataDescriptor(PyObj d) {
        if (d instanceof PyGetSet || d instanceof PyProperty) return true;
        PyType t = d.type();
        return t.isHeapType() && (t.lookup(S_SET) != null || t.lookup(S_DELETE) != null);
    }

    /** {@code descr.__get__(obj, type)}; obj null means looked up on the type. New reference. */
    public static PyObj descrGet(PyThreadState ts, PyObj descr, PyObj obj, PyType type) {
        if (descr instanceof PyFunction) {
            if (obj == null) {
                RefCount.incref(descr, ts);
                return descr;
            }
            return new PyMethod(ts, descr, obj);
        }
        if (descr instanceof PyMethodDescriptor md) {
            PyObj r = md.bind(ts, obj, type);
            if (r == md) RefCount.incref(r, ts);
            return r;
        }
        if (descr instanceof PyGetSet gs) {
            if (obj == null) {
                RefCount.incref(descr, ts);
                return descr;
            }
            return gs.getter.get(ts, obj);
        }
        if (descr instanceof PyProperty p) {
            if (obj == null) {
                RefCount.incref(descr, ts);
                return descr;
            }
            if (p.fget == null) throw Exceptions.attributeError(ts, propertyMessage(ts, p, obj, "getter"));
            return call(ts, p.fget, obj);
        }
        if (descr instanceof PyClassMethod cm) {
            if (cm.isStatic) {
                RefCount.incref(cm.func, ts);
                return cm.func;
            }
            return new PyMethod(ts, cm.func, type);
        }
        PyType dt = descr.type();
        if (dt.isHeapType()) {
            PyObj get = dt.lookup(S_GET);
            if (get != null) {
                return callMethod(ts, get, descr, new PyObj[] {obj == null ? PyNone.NONE : obj, type}, null);
            }
        }
        RefCount.incref(descr, ts);
        return descr;
    }

    /** CPython 3.11: "property 'x' of 'C' object has no setter" (the name known from __set_name__). */
    private static String propertyMessage(PyThreadState ts, PyProperty p, PyObj obj, String what) {
        String n = p.name == null ? "" : "'" + p.name + "' ";
        return "property " + n + "of '" + obj.typeName() + "' object has no " + what;
    }

    /** {@code setattr(o, name, value)}; value null deletes. */
    public static void setAttr(PyThreadState ts, PyObj o, PyStr name, PyObj value) {
        if (o instanceof PyWeakProxy p) {
            p.setAttr(ts, name, value);
            return;
        }
        PyType t = o.type();
        if (t.isHeapType()) {
            PyObj hook = t.lookup(value == null ? S_DELATTR : S_SETATTR);
            if (hook != null && hook != Slots.OBJECT_SETATTR && hook != Slots.OBJECT_DELATTR) {
                PyObj r = value == null ? callMethod(ts, hook, o, new PyObj[] {name}, null)
                                        : callMethod(ts, hook, o, new PyObj[] {name, value}, null);
                RefCount.decref(r, ts);
                return;
            }
        }
        genericSetAttr(ts, o, name, value);
    }

    /** {@code object.__setattr__} / {@code object.__delattr__}. */
    public static void genericSetAttr(PyThreadState ts, PyObj o, PyStr name, PyObj value) {
        if (o instanceof PyType cls) {
            typeSetAttr(ts, cls, name, value);
            return;
        }
        PyType t = o.type();
        PyObj descr = t.lookup(name);
        if (descr != null) {
            if (descr instanceof PyGetSet gs) {
                if (gs.setter == null) {
                    throw Exceptions.attributeError(ts, "attribute '" + name.value + "' of '" + t.name() + "' objects is not writable");
                }
                gs.setter.set(ts, o, value);
                return;
            }
            if (descr instanceof PyProperty p) {
                PyObj f = value == null ? p.fdel : p.fset;
                if (f == null) throw Exceptions.attributeError(ts, propertyMessage(ts, p, o, value == null ? "deleter" : "setter"));
                PyObj r = value == null ? call(ts, f, o) : call(ts, f, o, value);
                RefCount.decref(r, ts);
                return;
            }
            PyType dt = descr.type();
            if (dt.isHeapType()) {
                PyObj hook = dt.lookup(value == null ? S_DELETE : S_SET);
                if (hook != null) {
                    PyObj r = value == null ? callMethod(ts, hook, descr, new PyObj[] {o}, null)
                                            : callMethod(ts, hook, descr, new PyObj[] {o, value}, null);
                    RefCount.decref(r, ts);
                    return;
                }
            }
        }
        PyDict d = o.ensureDict(ts);
        if (d == null) {
            if (descr == null) {
                throw Exceptions.attributeError(ts, "'" + t.name() + "' object has no attribute '" + name.value + "'");
            }
            throw Exceptions.attributeError(ts, "'" + t.name() + "' object attribute '" + name.value + "' is read-only");
        }
        if (value == null) {
            PyObj old = d.popStr(name, ts);
            if (old == null) throw noAttribute(ts, o, name);
            RefCount.decref(old, ts);
        } else {
            d.putStr(name, value, ts);
        }
    }

    private static void typeSetAttr(PyThreadState ts, PyType cls, PyStr name, PyObj value) {
        if (!cls.isHeapType()) {
            throw Exceptions.typeError(ts, "cannot set '" + name.value + "' attribute of immutable type '" + cls.name() + "'");
        }
        PyObj metaDescr = cls.type().lookup(name);
        if (metaDescr instanceof PyGetSet gs && gs.setter != null) {
            gs.setter.set(ts, cls, value);
            return;
        }
        if (!cls.setTypeAttr(ts, name, value)) throw noAttribute(ts, cls, name);
    }

    // ==== operators ====

    /** {@code a op b} for BINARY_OP's 0..12. */
    public static PyObj binaryOp(PyThreadState ts, PyObj a, PyObj b, int op) {
        PyObj r = binaryOrNull(ts, a, b, op);
        if (r != null) return r;
        throw Exceptions.typeError(ts, "unsupported operand type(s) for " + (op == 8 ? "** or pow()" : BINARY_SYMBOLS[op]) + ": '"
                + a.typeName() + "' and '" + b.typeName() + "'");
    }

    /** {@code a op b}, or null if neither operand supports it. */
    public static PyObj binaryOrNull(PyThreadState ts, PyObj a, PyObj b, int op) {
        PyType ta = a.type(), tb = b.type();
        boolean tryReflectedFirst = ta != tb && tb.isSubtypeOf(ta) && overridesReflected(tb, ta, op);
        if (tryReflectedFirst) {
            PyObj r = slotReflected(ts, b, a, op);
            if (r != PyObj.NOT_IMPLEMENTED) return r;
        }
        PyObj r = slotBinary(ts, a, b, op);
        if (r != PyObj.NOT_IMPLEMENTED) return r;
        if (ta != tb && !tryReflectedFirst) {
            r = slotReflected(ts, b, a, op);
            if (r != PyObj.NOT_IMPLEMENTED) return r;
        }
        return null;
    }

    private static boolean overridesReflected(PyType sub, PyType base, int op) {
        PyObj m = sub.lookup(REFLECTED_DUNDERS[op]);
        return m != null && m != base.lookup(REFLECTED_DUNDERS[op]);
    }

    private static PyObj slotBinary(PyThreadState ts, PyObj a, PyObj b, int op) {
        PyType t = a.type();
        if (!t.isHeapType()) return a.binaryOp(ts, op, b);
        PyObj m = t.lookup(BINARY_DUNDERS[op]);
        if (m == null || m == PyNone.NONE) return PyObj.NOT_IMPLEMENTED;
        return callMethod(ts, m, a, new PyObj[] {b}, null);
    }

    private static PyObj slotReflected(PyThreadState ts, PyObj b, PyObj a, int op) {
        PyType t = b.type();
        if (!t.isHeapType()) return b.reflectedOp(ts, op, a);
        PyObj m = t.lookup(REFLECTED_DUNDERS[op]);
        if (m == null || m == PyNone.NONE) return PyObj.NOT_IMPLEMENTED;
        return callMethod(ts, m, b, new PyObj[] {a}, null);
    }

    /** {@code a op= b}, op 0..12: the in-place method, else the binary one. */
    public static PyObj inplaceOp(PyThreadState ts, PyObj a, PyObj b, int op) {
        PyType t = a.type();
        PyObj r;
        if (!t.isHeapType()) {
            r = a.inplaceOp(ts, op, b);
        } else {
            PyObj m = t.lookup(INPLACE_DUNDERS[op]);
            r = m == null || m == PyNone.NONE ? PyObj.NOT_IMPLEMENTED : callMethod(ts, m, a, new PyObj[] {b}, null);
        }
        if (r != PyObj.NOT_IMPLEMENTED) return r;
        r = binaryOrNull(ts, a, b, op);
        if (r != null) return r;
        throw Exceptions.typeError(ts, "unsupported operand type(s) for " + BINARY_SYMBOLS[op] + "=: '"
                + a.typeName() + "' and '" + b.typeName() + "'");
    }

    /** Unary operators: 0 -, 1 +, 2 ~, 3 abs(). */
    public static PyObj unaryOp(PyThreadState ts, PyObj a, int op) {
        PyType t = a.type();
        PyObj r;
        if (!t.isHeapType()) {
            r = a.unaryOp(ts, op);
        } else {
            PyObj m = t.lookup(UNARY_DUNDERS[op]);
            r = m == null || m == PyNone.NONE ? null : callMethod(ts, m, a, new PyObj[0], null);
        }
        if (r != null) return r;
        throw Exceptions.typeError(ts, "bad operand type for " + UNARY_SYMBOLS[op] + ": '" + a.typeName() + "'");
    }

    public static PyObj not(PyThreadState ts, PyObj a) {
        return PyBool.of(!isTrue(ts, a));
    }

    /** Rich comparison; op as COMPARE_OP. */
    public static PyObj richCompare(PyThreadState ts, PyObj a, PyObj b, int op) {
        PyType ta = a.type(), tb = b.type();
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && tb.isHeapType()
                && tb.lookup(COMPARE_DUNDERS[SWAPPED_COMPARE[op]]) != ta.lookup(COMPARE_DUNDERS[SWAPPED_COMPARE[op]]);
        if (reflectedFirst) {
            PyObj r = slotCompare(ts, b, a, SWAPPED_COMPARE[op]);
            if (r != PyObj.NOT_IMPLEMENTED) return r;
        }
        PyObj r = slotCompare(ts, a, b, op);
        if (r != PyObj.NOT_IMPLEMENTED) return r;
        if (!reflectedFirst) {
            r = slotCompare(ts, b, a, SWAPPED_COMPARE[op]);
            if (r != PyObj.NOT_IMPLEMENTED) return r;
        }
        if (op == 2) return PyBool.of(a == b);
        if (op == 3) return PyBool.of(a != b);
        throw Exceptions.typeError(ts, "'" + COMPARE_SYMBOLS[op] + "' not supported between instances of '"
                + a.typeName() + "' and '" + b.typeName() + "'");
    }

    private static PyObj slotCompare(PyThreadState ts, PyObj a, PyObj b, int op) {
        PyType t = a.type();
        if (!t.isHeapType()) {
            PyObj r = a.richCompare(ts, b, op);
            if (r == PyObj.NOT_IMPLEMENTED && op == 3) {
                // object.__ne__: the inverse of __eq__ unless that is NotImplemented
                PyObj eq = a.richCompare(ts, b, 2);
                if (eq == PyObj.NOT_IMPLEMENTED) return eq;
                boolean v = isTrue(ts, eq);
                RefCount.decref(eq, ts);
                return PyBool.of(!v);
            }
            return r;
        }
        PyObj m = t.lookup(COMPARE_DUNDERS[op]);
        if (m == null || m == PyNone.NONE) return PyObj.NOT_IMPLEMENTED;
        return callMethod(ts, m, a, new PyObj[] {b}, null);
    }

    /** {@code a == b} as a Java boolean (dict keys, list.index, ...): identity first, as CPython. */
    public static boolean eq(PyThreadState ts, PyObj a, PyObj b) {
        if (a == b) return true;
        PyObj r = richCompare(ts, a, b, 2);
        boolean v = isTrue(ts, r);
        RefCount.decref(r, ts);
        return v;
    }

    /** {@code a < b} etc. as a Java boolean. */
    public static boolean compareBool(PyThreadState ts, PyObj a, PyObj b, int op) {
        PyObj r = richCompare(ts, a, b, op);
        boolean v = isTrue(ts, r);
        RefCount.decref(r, ts);
        return v;
    }

    // ==== truth, length, hashing ====

    public static boolean isTrue(PyThreadState ts, PyObj o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        PyType t = o.type();
        if (!t.isHeapType()) {
            int v = o.truth(ts);
            if (v >= 0) return v != 0;
            long n = o.len(ts);
            return n != 0;
        }
        PyObj m = t.lookup(S_BOOL);
        if (m != null && m != PyNone.NONE) {
            PyObj r = callMethod(ts, m, o, new PyObj[0], null);
            if (!(r instanceof PyBool)) {
                String tn = r.typeName();
                RefCount.decref(r, ts);
                throw Exceptions.typeError(ts, "__bool__ should return bool, returned " + tn);
            }
            return r == PyBool.TRUE;
        }
        m = t.lookup(S_LEN);
        if (m != null && m != PyNone.NONE) return len(ts, o) != 0;
        return true;
    }

    /** {@code len(o)}. */
    public static long len(PyThreadState ts, PyObj o) {
        PyType t = o.type();
        if (!t.isHeapType()) {
            long n = o.len(ts);
            if (n >= 0) return n;
            throw Exceptions.typeError(ts, "object of type '" + t.name() + "' has no len()");
        }
        PyObj m = t.lookup(S_LEN);
        if (m == null || m == PyNone.NONE) throw Exceptions.typeError(ts, "object of type '" + t.name() + "' has no len()");
        PyObj r = callMethod(ts, m, o, new PyObj[0], null);
        try {
            if (!(r instanceof PyInt)) {
                throw Exceptions.typeError(ts, "'" + r.typeName() + "' object cannot be interpreted as an integer");
            }
            PyInt i = (PyInt) r;
            if (i.isBig() || i.value < 0) {
                if (i.isBig() && i.big.signum() > 0) throw Exceptions.overflowError(ts, "cannot fit 'int' into an index-sized integer");
                throw Exceptions.valueError(ts, "__len__() should return >= 0");
            }
            return i.value;
        } finally {
            RefCount.decref(r, ts);
        }
    }

    /** {@code hash(o)}. */
    public static long hash(PyThreadState ts, PyObj o) {
        if (o instanceof PyStr s && !o.type().isHeapType()) return s.hash();
        PyType t = o.type();
        if (!t.isHeapType()) {
            if (!o.isHashable()) throw Exceptions.typeError(ts, "unhashable type: '" + t.name() + "'");
            return o.hash(ts);
        }
        PyObj m = t.lookup(S_HASH);
        if (m == null || m == PyNone.NONE) throw Exceptions.typeError(ts, "unhashable type: '" + t.name() + "'");
        if (m == Slots.OBJECT_HASH) return o.identityHash();
        PyObj r = callMethod(ts, m, o, new PyObj[0], null);
        try {
            if (!(r instanceof PyInt i)) throw Exceptions.typeError(ts, "__hash__ method should return an integer");
            // a __hash__ result that fits is used as is (CPython's PyLong_AsSsize_t); a bigger one is hashed
            long h = i.isBig() ? skein.interpreter.num.Ints.hash(i.big) : i.value;
            return h == -1 ? -2 : h;
        } finally {
            RefCount.decref(r, ts);
        }
    }

    // ==== repr / str ====

    public static PyStr repr(PyThreadState ts, PyObj o) {
        PyType t = o.type();
        if (!t.isHeapType()) {
            PyStr r = o.repr(ts);
            return r != null ? r : defaultRepr(ts, o);
        }
        PyObj r = callDunder(ts, o, S_REPR);
        if (r instanceof PyStr s) return s;
        String tn = r.typeName();
        RefCount.decref(r, ts);
        throw Exceptions.typeError(ts, "__repr__ returned non-string (type " + tn + ")");
    }

    public static PyStr str(PyThreadState ts, PyObj o) {
        PyType t = o.type();
        if (o instanceof PyStr s && t == Types.STR) {
            RefCount.incref(s, ts);
            return s;
        }
        if (!t.isHeapType()) {
            PyStr r = o.str(ts);
            return r != null ? r : repr(ts, o);
        }
        PyObj r = callDunder(ts, o, S_STR);
        if (r instanceof PyStr s) return s;
        String tn = r.typeName();
        RefCount.decref(r, ts);
        throw Exceptions.typeError(ts, "__str__ returned non-string (type " + tn + ")");
    }

    /** {@code object.__repr__}: {@code <module.Name object at 0x...>}. */
    public static PyStr defaultRepr(PyThreadState ts, PyObj o) {
        PyType t = o.type();
        String mod = "";
        if (t.isHeapType()) {
            PyObj m = t.dict().getStr(PyStr.intern("__module__"));
            if (m instanceof PyStr ms && !ms.value.equals("builtins")) mod = ms.value + ".";
        }
        return new PyStr(ts, "<" + mod + t.qualname() + " object at 0x" + String.format("%012x", o.identityHash()) + ">");
    }

    /** Java string of repr(o), for messages. */
    public static String reprString(PyThreadState ts, PyObj o) {
        PyStr r = repr(ts, o);
        String s = r.value;
        RefCount.decref(r, ts);
        return s;
    }

    public static String strString(PyThreadState ts, PyObj o) {
        PyStr r = str(ts, o);
        String s = r.value;
        RefCount.decref(r, ts);
        return s;
    }

    // ==== items ====

    public static PyObj getItem(PyThreadState ts, PyObj o, PyObj key) {
        PyType t = o.type();
        if (!t.isHeapType()) {
            PyObj r = o.getItem(ts, key);
            if (r != null) return r;
            if (o instanceof PyType cls) return classGetItem(ts, cls, key);
            throw Exceptions.typeError(ts, "'" + t.name() + "' object is not subscriptable");
        }
        PyObj m = t.lookup(S_GETITEM);
        if (m == null) {
            if (o instanceof PyType cls) return classGetItem(ts, cls, key);
            throw Exceptions.typeError(ts, "'" + t.name() + "' object is not subscriptable");
        }
        return callMethod(ts, m, o, new PyObj[] {key}, null);
    }

    private static PyObj classGetItem(PyThreadState ts, PyType cls, PyObj key) {
        PyObj r = callDunder(ts, cls, PyStr.intern("__class_getitem__"), key);
        if (r != null) return r;
        throw Exceptions.typeError(ts, "type '" + cls.name() + "' is not subscriptable");
    }

    public static void setItem(PyThreadState ts, PyObj o, PyObj key, PyObj value) {
        PyType t = o.type();
        if (!t.isHeapType()) {
            if (o.setItem(ts, key, value)) return;
            throw Exceptions.typeError(ts, "'" + t.name() + "' object does not support item assignment");
        }
        PyObj m = t.lookup(S_SETITEM);
        if (m == null) throw Exceptions.typeError(ts, "'" + t.name() + "' object does not support item assignment");
        RefCount.decref(callMethod(ts, m, o, new PyObj[] {key, value}, null), ts);
    }

    public static void delItem(PyThreadState ts, PyObj o, PyObj key) {
        PyType t = o.type();
        if (!t.isHeapType()) {
            if (o.delItem(ts, key)) return;
            throw Exceptions.typeError(ts, "'" + t.name() + "' object doesn't support item deletion");
        }
        PyObj m = t.lookup(S_DELITEM);
        if (m == null) throw Exceptions.typeError(ts, "'" + t.name() + "' object doesn't support item deletion");
        RefCount.decref(callMethod(ts, m, o, new PyObj[] {key}, null), ts);
    }

    /** {@code item in o}. */
    public static boolean contains(PyThreadState ts, PyObj o, PyObj item) {
        PyType t = o.type();
        if (!t.isHeapType()) {
            int r = o.contains(ts, item);
            if (r >= 0) return r != 0;
        } else {
            PyObj m = t.lookup(S_CONTAINS);
            if (m != null && m != PyNone.NONE) {
                PyObj r = callMethod(ts, m, o, new PyObj[] {item}, null);
                boolean v = isTrue(ts, r);
                RefCount.decref(r, ts);
                return v;
            }
        }
        PyObj it;
        try {
            it = iter(ts, o);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TYPE_ERROR)) throw e;
            e.release(ts);
            throw Exceptions.typeError(ts, "argument of type '" + t.name() + "' is not iterable");
        }
        try {
            PyObj x;
            while ((x = next(ts, it)) != null) {
                boolean found;
                try {
                    found = eq(ts, x, item);
                } finally {
                    RefCount.decref(x, ts);
                }
                if (found) return true;
            }
            return false;
        } finally {
            RefCount.decref(it, ts);
        }
    }

    // ==== iteration ====

    /** {@code iter(o)}. */
    public static PyObj iter(PyThreadState ts, PyObj o) {
        PyType t = o.type();
        if (!t.isHeapType()) {
            PyObj r = o.iter(ts);
            if (r != null) return r;
            if (o.getItem(ts, PyInt.small(0)) != null) {
                // not reached for builtin types without __iter__ in practice
            }
            throw Exceptions.typeError(ts, "'" + t.name() + "' object is not iterable");
        }
        PyObj m = t.lookup(S_ITER);
        if (m == PyNone.NONE) throw Exceptions.typeError(ts, "'" + t.name() + "' object is not iterable");
        if (m != null) {
            PyObj r = callMethod(ts, m, o, new PyObj[0], null);
            if (!isIterator(r)) {
                String tn = r.typeName();
                RefCount.decref(r, ts);
                throw Exceptions.typeError(ts, "iter() returned non-iterator of type '" + tn + "'");
            }
            return r;
        }
        if (t.lookup(S_GETITEM) != null) return new PySeqIter(ts, o);
        throw Exceptions.typeError(ts, "'" + t.name() + "' object is not iterable");
    }

    public static boolean isIterator(PyObj o) {
        return o.isIterator() || (o.type().isHeapType() && o.type().lookup(S_NEXT) != null);
    }

    /** The next item (new reference), or null when the iterator is exhausted. */
    public static PyObj next(PyThreadState ts, PyObj it) {
        PyType t = it.type();
        if (!t.isHeapType()) {
            if (!it.isIterator()) throw Exceptions.typeError(ts, "'" + t.name() + "' object is not an iterator");
            return it.next(ts);
        }
        PyObj m = t.lookup(S_NEXT);
        if (m == null) throw Exceptions.typeError(ts, "'" + t.name() + "' object is not an iterator");
        try {
            return callMethod(ts, m, it, new PyObj[0], null);
        } catch (PyException e) {
            if (!e.matches(Exceptions.STOP_ITERATION)) throw e;
            e.release(ts);
            return null;
        }
    }

    // ==== numbers ====

    /** {@code operator.index(o)}: an int, or TypeError. New reference. */
    public static PyInt index(PyThreadState ts, PyObj o) {
        if (o instanceof PyInt i) {
            RefCount.incref(i, ts);
            return i;
        }
        PyType t = o.type();
        PyObj r = null;
        if (!t.isHeapType()) r = o.index(ts);
        else {
            PyObj m = t.lookup(S_INDEX);
            if (m != null) r = callMethod(ts, m, o, new PyObj[0], null);
        }
        if (r == null) {
            throw Exceptions.typeError(ts, "'" + t.name() + "' object cannot be interpreted as an integer");
        }
        if (!(r instanceof PyInt ri)) {
            String tn = r.typeName();
            RefCount.decref(r, ts);
            throw Exceptions.typeError(ts, "__index__ returned non-int (type " + tn + ")");
        }
        return ri;
    }

    /** {@code o} as a Java long index; OverflowError/IndexError-free clamp is the caller's business. */
    public static long asIndex(PyThreadState ts, PyObj o) {
        if (o instanceof PyInt i && !i.isBig()) return i.value;
        PyInt i = index(ts, o);
        try {
            if (i.isBig()) {
                throw Exceptions.of(ts, Exceptions.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
            }
            return i.value;
        } finally {
            RefCount.decref(i, ts);
        }
    }

    /** {@code type(o).__name__} with the builtin types' names. */
    public static String typeName(PyObj o) {
        return o.type().name();
    }

    /** {@code isinstance(o, cls)} for a single class (no tuples, no __instancecheck__). */
    public static boolean isInstance(PyObj o, PyType cls) {
        return o.type().isSubtypeOf(cls);
    }
}
