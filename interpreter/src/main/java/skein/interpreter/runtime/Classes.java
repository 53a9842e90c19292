package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

import java.util.ArrayList;
import java.util.List;

/** The class statement: {@code __build_class__} and {@code type.__new__(meta, name, bases, ns)}. */
public final class Classes {
    private Classes() {}

    private static final PyStr S_QUALNAME = PyStr.intern("__qualname__");
    private static final PyStr S_CLASSCELL = PyStr.intern("__classcell__");
    private static final PyStr S_METACLASS = PyStr.intern("metaclass");
    private static final PyStr S_EQ = PyStr.intern("__eq__");
    private static final PyStr S_HASH = PyStr.intern("__hash__");
    private static final PyStr S_NEW = PyStr.intern("__new__");
    private static final PyStr S_INIT_SUBCLASS = PyStr.intern("__init_subclass__");
    private static final PyStr S_CLASS_GETITEM = PyStr.intern("__class_getitem__");
    private static final PyStr S_SET_NAME = PyStr.intern("__set_name__");
    private static final PyStr S_SLOTS = PyStr.intern("__slots__");

    /** {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}. */
    public static PyObj buildClass(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        int npos = Args.npos(args, kwnames);
        if (npos < 2) throw Exceptions.typeError(ts, "__build_class__: not enough arguments");
        if (!(args[0] instanceof PyFunction body)) throw Exceptions.typeError(ts, "__build_class__: func must be a function");
        if (!(args[1] instanceof PyStr name)) throw Exceptions.typeError(ts, "__build_class__: name is not a string");
        PyObj[] bases = java.util.Arrays.copyOfRange(args, 2, npos);
        PyObj meta = null;
        List<PyStr> kwn = new ArrayList<>();
        List<PyObj> kwv = new ArrayList<>();
        if (kwnames != null) {
            for (int i = 0; i < kwnames.length; i++) {
                if (kwnames[i].value.equals("metaclass")) meta = args[npos + i];
                else {
                    kwn.add(kwnames[i]);
                    kwv.add(args[npos + i]);
                }
            }
        }
        if (meta == null) {
            meta = Types.TYPE;
            for (PyObj b : bases) {
                PyType bt = b.type();
                if (bt.isSubtypeOf((PyType) meta)) meta = bt;
            }
        }
        PyDict ns = new PyDict(ts);
        try {
            Frame f = new Frame(body.code, body, body.globals, body.builtins, ns);
            PyObj cell = Eval.runEntry(ts, f);
            PyTuple basesTuple = PyTuple.of(ts, bases);
            PyObj[] callArgs = new PyObj[3 + kwv.size()];
            callArgs[0] = name;
            callArgs[1] = basesTuple;
            callArgs[2] = ns;
            for (int i = 0; i < kwv.size(); i++) callArgs[3 + i] = kwv.get(i);
            PyObj cls;
            try {
                cls = Ops.call(ts, meta, callArgs, kwn.isEmpty() ? null : kwn.toArray(new PyStr[0]));
            } finally {
                RefCount.decref(basesTuple, ts);
            }
            if (cell instanceof PyCell c) c.set(ts, cls);
            RefCount.decref(cell, ts);
            return cls;
        } finally {
            RefCount.decref(ns, ts);
        }
    }

    /** {@code type.__new__(meta, name, bases, ns, **kwds)}. */
    public static PyObj typeNew(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        int npos = Args.npos(args, kwnames);
        if (npos != 4) throw Exceptions.typeError(ts, "type.__new__() takes exactly 3 arguments (" + (npos - 1) + " given)");
        PyType meta = (PyType) args[0];
        if (!(args[1] instanceof PyStr name)) throw Exceptions.typeError(ts, "type.__new__() argument 1 must be str, not " + args[1].typeName());
        if (!(args[2] instanceof PyTuple basesT)) throw Exceptions.typeError(ts, "type.__new__() argument 2 must be tuple, not " + args[2].typeName());
        if (!(args[3] instanceof PyDict ns)) throw Exceptions.typeError(ts, "type.__new__() argument 3 must be dict, not " + args[3].typeName());
        PyType[] bases = new PyType[basesT.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(basesT.get(i) instanceof PyType b)) throw Exceptions.typeError(ts, "bases must be types");
            if (b.isFinal()) throw Exceptions.typeError(ts, "type '" + b.qualname() + "' is not an acceptable base type");
            for (int j = 0; j < i; j++) {
                if (bases[j] == b) throw Exceptions.typeError(ts, "duplicate base class " + b.name());
            }
            bases[i] = b;
        }
        if (bases.length == 0) bases = new PyType[] {Types.OBJECT};
        checkLayout(ts, bases);
        try {
            PyType.checkMro(bases);
        } catch (PyType.MroError e) {
            throw Exceptions.typeError(ts, e.getMessage());
        }
        PyDict dict = new PyDict(ts);
        for (int e = ns.nextEntry(0); e >= 0; e = ns.nextEntry(e + 1)) {
            PyObj k = ns.keyAt(e);
            if (k instanceof PyStr ks) dict.putStr(PyStr.intern(ks.value), ns.valueAt(e), ts);
        }
        String qualname = name.value;
        PyObj q = dict.popStr(S_QUALNAME, ts);
        if (q != null) {
            if (q instanceof PyStr qs) qualname = qs.value;
            RefCount.decref(q, ts);
        }
        PyObj cc = dict.popStr(S_CLASSCELL, ts);
        if (cc != null) RefCount.decref(cc, ts);
        if (dict.getStr(S_EQ) != null && dict.getStr(S_HASH) == null) dict.putStr(S_HASH, PyNone.NONE, ts);
        wrap(ts, dict, S_NEW, true);
        wrap(ts, dict, S_INIT_SUBCLASS, false);
        wrap(ts, dict, S_CLASS_GETITEM, false);
        PyType cls;
        try {
            cls = new PyType(ts, meta, name.value, bases, dict);
        } catch (PyType.MroError e) {
            RefCount.decref(dict, ts);
            throw Exceptions.typeError(ts, e.getMessage());
        }
        RefCount.decref(dict, ts);
        cls.setQualname(qualname);
        PyObj slots = dict.getStr(S_SLOTS);
        if (slots != null) installSlots(ts, cls, slotNames(ts, slots));
        // __set_name__ on descriptors, then the parent's __init_subclass__
        for (int e = dict.nextEntry(0); e >= 0; e = dict.nextEntry(e + 1)) {
            PyObj v = dict.valueAt(e);
            if (v instanceof PyProperty prop && dict.keyAt(e) instanceof PyStr pk) prop.name = pk.value;
            PyObj setName = v.type().isHeapType() ? v.type().lookup(S_SET_NAME) : null;
            if (setName != null) RefCount.decref(Ops.callMethod(ts, setName, v, new PyObj[] {cls, dict.keyAt(e)}, null), ts);
        }
        PyObj sup = superLookup(cls, S_INIT_SUBCLASS);
        if (sup != null) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            PyObj[] kwargs = java.util.Arrays.copyOfRange(args, npos, npos + nkw);
            PyObj bound = Ops.descrGet(ts, sup, null, cls);
            try {
                RefCount.decref(Ops.call(ts, bound, kwargs, kwnames), ts);
            } finally {
                RefCount.decref(bound, ts);
            }
        }
        return cls;
    }

    /** A member descriptor per own slot, reading and writing the instance's slot array. */
    private static void installSlots(PyThreadState ts, PyType cls, java.util.List<String> names) {
        int index = cls.configureSlots(names);
        for (String n : names) {
            if (n.equals("__dict__") || n.equals("__weakref__")) continue;
            int i = index++;
            PyStr key = PyStr.intern(n);
            PyGetSet member = new PyGetSet(cls, n, (t, self) -> {
                PyObj[] values = slotValues(self);
                PyObj v = values != null ? values[i] : null;
                if (v == null) throw Ops.noAttribute(t, self, key);
                RefCount.incref(v, t);
                return v;
            }, (t, self, v) -> {
                PyObj[] values = slotValues(self);
                if (values == null) throw Ops.noAttribute(t, self, key);
                PyObj old = values[i];
                if (v == null && old == null) throw Ops.noAttribute(t, self, key);
                if (v != null) RefCount.incref(v, t);
                values[i] = v;
                if (old != null) RefCount.decref(old, t);
            });
            cls.setTypeAttr(ts, key, member);
        }
    }

    /** The {@code __slots__} values of an instance whose layout has them (plain instances, weakref subclasses), or null. */
    private static PyObj[] slotValues(PyObj self) {
        if (self instanceof PyInstance inst) return inst.slots;
        if (self instanceof PyWeakRef r) return r.slots;
        return null;
    }

    private static java.util.List<String> slotNames(PyThreadState ts, PyObj slots) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (slots instanceof PyStr s) {
            names.add(s.value);
            return names;
        }
        PyObj it = Ops.iter(ts, slots);
        try {
            PyObj x;
            while ((x = Ops.next(ts, it)) != null) {
                if (x instanceof PyStr xs) names.add(xs.value);
                RefCount.decref(x, ts);
            }
        } finally {
            RefCount.decref(it, ts);
        }
        return names;
    }

    /** The attribute along the MRO after cls itself (what super() would find). */
    private static PyObj superLookup(PyType cls, PyStr name) {
        PyType[] mro = cls.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObj v = mro[i].dict().getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    /** __new__ is implicitly a static method, __init_subclass__ and __class_getitem__ class methods. */
    private static void wrap(PyThreadState ts, PyDict dict, PyStr key, boolean isStatic) {
        PyObj v = dict.getStr(key);
        if (v instanceof PyFunction) {
            PyClassMethod w = new PyClassMethod(ts, v, isStatic);
            dict.putStrSteal(key, w, ts);
        }
    }

    /** Two builtin bases with their own instance layouts cannot be combined. */
    private static void checkLayout(PyThreadState ts, PyType[] bases) {
        PyType solid = Types.OBJECT;
        for (PyType b : bases) {
            PyType s = b.solidBase();
            if (s == Types.OBJECT || s.isSubtypeOf(solid)) {
                if (s != Types.OBJECT) solid = s;
            } else if (!solid.isSubtypeOf(s)) {
                throw Exceptions.typeError(ts, "multiple bases have instance lay-out conflict");
            }
        }
    }
}
