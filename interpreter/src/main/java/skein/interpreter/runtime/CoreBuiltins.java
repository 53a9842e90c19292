package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.bytecode.Code;
import skein.interpreter.objects.*;

/**
 * The builtins that belong to the interpreter core rather than to a type: the class
 * statement's {@code __build_class__}, {@code __import__}, {@code super}, {@code globals},
 * {@code locals}, and the descriptor types property, classmethod and staticmethod.
 */
public final class CoreBuiltins {
    private CoreBuiltins() {}

    public static void install(PyThreadState ts) {
        PyDict b = Interpreter.builtins();
        fn(b, "__build_class__", Classes::buildClass);
        fn(b, "__import__", (t, a, k) -> {
            Args.check(t, "__import__", a, k, 1, 5);
            if (!(a[0] instanceof PyStr n)) throw Exceptions.typeError(t, "__import__() argument 1 must be str, not " + a[0].typeName());
            boolean leaf = a.length >= 4 && Ops.isTrue(t, a[3]);
            return Imports.importModule(t, n.value, leaf);
        });
        fn(b, "globals", (t, a, k) -> {
            Args.check(t, "globals", a, k, 0, 0);
            PyDict g = t.frame.globals;
            RefCount.incref(g, t);
            return g;
        });
        fn(b, "locals", (t, a, k) -> {
            Args.check(t, "locals", a, k, 0, 0);
            return locals(t, t.frame);
        });
        fn(b, "compile", CoreBuiltins::compileBuiltin);
        fn(b, "exec", (t, a, k) -> {
            PyObj r = execOrEval(t, a, k, "exec");
            RefCount.decref(r, t);
            return PyNone.NONE;
        });
        fn(b, "eval", (t, a, k) -> execOrEval(t, a, k, "eval"));
        b.putStr(PyStr.intern("super"), Types.SUPER, ts);
        b.putStr(PyStr.intern("property"), Types.PROPERTY, ts);
        b.putStr(PyStr.intern("classmethod"), Types.CLASSMETHOD, ts);
        b.putStr(PyStr.intern("staticmethod"), Types.STATICMETHOD, ts);
        b.putStr(PyStr.intern("None"), PyNone.NONE, ts);
        b.putStr(PyStr.intern("True"), PyBool.TRUE, ts);
        b.putStr(PyStr.intern("False"), PyBool.FALSE, ts);
        b.putStr(PyStr.intern("Ellipsis"), PyEllipsis.ELLIPSIS, ts);
        b.putStr(PyStr.intern("NotImplemented"), PyNotImplemented.NOT_IMPLEMENTED, ts);
        b.putStr(PyStr.intern("object"), Types.OBJECT, ts);
        b.putStr(PyStr.intern("type"), Types.TYPE, ts);
        for (var e : Exceptions.all().entrySet()) b.putStr(PyStr.intern(e.getKey()), e.getValue(), ts);
        Slots.staticMethod(Types.TYPE, "__new__", Classes::typeNew);
        installSuper();
        installProperty();
        installClassMethods();
        installTypeAttributes();
    }

    /** {@code compile(source, filename, mode)}: a code object (modes exec, eval; single compiles like exec). */
    private static PyObj compileBuiltin(PyThreadState ts, PyObj[] a, PyStr[] k) {
        PyObj[] p = Args.bind(ts, "compile", a, k, new String[] {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 0, 3);
        if (p[0] instanceof PyCode) {
            RefCount.incref(p[0], ts);
            return p[0];
        }
        if (!(p[1] instanceof PyStr filename)) throw Exceptions.typeError(ts, "compile() argument 'filename' must be str, not " + p[1].typeName());
        if (!(p[2] instanceof PyStr mode)) throw Exceptions.typeError(ts, "compile() argument 'mode' must be str, not " + p[2].typeName());
        String m = mode.value;
        if (!m.equals("exec") && !m.equals("eval") && !m.equals("single")) {
            throw Exceptions.valueError(ts, "compile() mode must be 'exec', 'eval' or 'single'");
        }
        return compileSource(ts, sourceText(ts, p[0], "compile"), filename.value, m.equals("eval") ? "eval" : "exec");
    }

    private static String sourceText(PyThreadState ts, PyObj src, String fname) {
        if (src instanceof PyStr s) return s.value;
        if (src instanceof PyBytes bytes) return new String(bytes.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        throw Exceptions.typeError(ts, fname + "() arg 1 must be a string, bytes or code object");
    }

    private static PyCode compileSource(PyThreadState ts, String source, String filename, String mode) {
        try {
            Code code = mode.equals("eval")
                    ? skein.interpreter.compile.Compiler.compileExpression(source, filename)
                    : skein.interpreter.compile.Compiler.compile(source, filename);
            SourceCache.register(filename, source);
            return CodeLoader.load(code);
        } catch (skein.interpreter.parse.PySyntaxError e) {
            throw Interpreter.syntaxError(ts, e);
        }
    }

    /** {@code exec(code, globals, locals)} and {@code eval(...)}: the caller's namespaces by default. */
    private static PyObj execOrEval(PyThreadState ts, PyObj[] a, PyStr[] k, String mode) {
        PyObj[] p = Args.bind(ts, mode, a, k, new String[] {"source", "globals", "locals"}, 1, 1);
        Frame caller = ts.frame;
        PyObj g = p[1] == null || p[1] == PyNone.NONE ? null : p[1];
        PyObj l = p[2] == null || p[2] == PyNone.NONE ? null : p[2];
        if (g != null && !(g instanceof PyDict)) {
            throw Exceptions.typeError(ts, mode + "() globals must be a dict, not " + g.typeName());
        }
        PyDict globals;
        PyObj locals;
        boolean ownLocals = false;
        if (g == null) {
            if (caller == null) throw Exceptions.systemError(ts, mode + "(): no current frame");
            globals = caller.globals;
            if (l == null) {
                locals = locals(ts, caller);
                ownLocals = true;
            } else {
                locals = l;
            }
        } else {
            globals = (PyDict) g;
            locals = l == null ? globals : l;
        }
        if (globals.getStr(PyStr.intern("__builtins__")) == null) {
            globals.putStr(PyStr.intern("__builtins__"), Interpreter.BUILTINS, ts);
        }
        try {
            PyCode code = p[0] instanceof PyCode c ? c : compileSource(ts, sourceText(ts, p[0], mode), "<string>", mode);
            Frame f = new Frame(code, null, globals, Interpreter.builtins(), locals);
            return Eval.runEntry(ts, f);
        } finally {
            if (ownLocals) RefCount.decref(locals, ts);
        }
    }

    static void fn(PyDict b, String name, NativeFn f) {
        b.putStr(PyStr.intern(name), new PyBuiltinFunction("builtins", name, f), Runtime.bootThread());
    }

    /** locals() of a frame: the mapping of module/class bodies, a snapshot dict for functions. */
    public static PyObj locals(PyThreadState ts, Frame f) {
        return locals(ts, f.code, f.locals, f.slots);
    }

    /** The locals of a frame: its mapping if it has one, else a new dict of its fast locals. */
    static PyObj locals(PyThreadState ts, PyCode pc, PyObj mapping, PyObj[] slots) {
        if (mapping != null) {
            RefCount.incref(mapping, ts);
            return mapping;
        }
        PyDict d = new PyDict(ts);
        if (slots == null) return d;
        for (int i = 0; i < pc.nlocalsplus; i++) {
            PyObj v = slots[i];
            if (v == null) continue;
            byte kind = pc.code.localsKinds[i];
            if ((kind & (Code.KIND_CELL | Code.KIND_FREE)) != 0 && v instanceof PyCell c) {
                v = c.value;
                if (v == null) continue;
            }
            d.putStr(pc.localsNames[i], v, ts);
        }
        return d;
    }

    // ---- super ----

    private static void installSuper() {
        PyType t = Types.SUPER;
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            int n = Args.npos(a, k);
            if (n == 1) return zeroArgSuper(ts);
            if (n == 2) return makeSuper(ts, a[1], null);
            if (n == 3) return makeSuper(ts, a[1], a[2]);
            throw Exceptions.typeError(ts, "super() takes at most 2 arguments");
        });
    }

    private static PyObj zeroArgSuper(PyThreadState ts) {
        Frame f = ts.frame;
        if (f == null || f.function == null) throw Exceptions.runtimeError(ts, "super(): no arguments");
        PyCode pc = f.code;
        if (pc.code.argCount == 0 && !pc.code.hasVarargs()) throw Exceptions.runtimeError(ts, "super(): no arguments");
        PyObj first = f.slots[0];
        if (first instanceof PyCell c && (pc.code.localsKinds[0] & Code.KIND_CELL) != 0) first = c.value;
        if (first == null) throw Exceptions.runtimeError(ts, "super(): arg[0] deleted");
        for (int i = 0; i < pc.nlocalsplus; i++) {
            if (pc.localsNames[i].value.equals("__class__") && (pc.code.localsKinds[i] & Code.KIND_FREE) != 0) {
                PyObj cls = ((PyCell) f.slots[i]).value;
                if (!(cls instanceof PyType)) throw Exceptions.runtimeError(ts, "super(): empty __class__ cell");
                return makeSuper(ts, cls, first);
            }
        }
        throw Exceptions.runtimeError(ts, "super(): __class__ cell not found");
    }

    private static PyObj makeSuper(PyThreadState ts, PyObj type, PyObj obj) {
        if (!(type instanceof PyType t)) {
            throw Exceptions.typeError(ts, "super() argument 1 must be a type, not " + type.typeName());
        }
        if (obj == null || obj == PyNone.NONE) return new PySuper(ts, t, null, null);
        PyType objType;
        if (obj instanceof PyType ot && ot.isSubtypeOf(t)) objType = ot;
        else if (obj.type().isSubtypeOf(t)) objType = obj.type();
        else throw Exceptions.typeError(ts, "super(type, obj): obj must be an instance or subtype of type");
        return new PySuper(ts, t, obj, objType);
    }

    /** Attribute look-up through a super object (new reference), or null. */
    public static PyObj superGetAttr(PyThreadState ts, PySuper s, PyStr name) {
        if (s.obj != null && !name.value.equals("__class__")) {
            PyType[] mro = s.objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != s.thisClass) i++;
            for (i++; i < mro.length; i++) {
                PyObj v = mro[i].dict().getStr(name);
                if (v != null) {
                    PyObj inst = s.obj == s.objType ? null : s.obj;
                    if (v instanceof PyClassMethod cm && !cm.isStatic) return new PyMethod(ts, cm.func, s.objType);
                    return Ops.descrGet(ts, v, inst, s.objType);
                }
            }
        }
        return Ops.genericGetAttr(ts, s, name);
    }

    // ---- property ----

    private static void installProperty() {
        PyType t = Types.PROPERTY;
        Slots.staticMethod(t, "__new__", (ts, a, k) -> {
            PyObj[] p = Args.bind(ts, "property", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[] {"fget", "fset", "fdel", "doc"}, 0, 0);
            PyObj doc = p[3];
            if ((doc == null || doc == PyNone.NONE) && p[0] instanceof PyFunction fg) doc = fg.doc;
            return new PyProperty(ts, p[0], p[1], p[2], doc);
        });
        Slots.method(t, "getter", (ts, a, k) -> copyProperty(ts, a, k, 0));
        Slots.method(t, "setter", (ts, a, k) -> copyProperty(ts, a, k, 1));
        Slots.method(t, "deleter", (ts, a, k) -> copyProperty(ts, a, k, 2));
        Slots.getset(t, "fget", (ts, self) -> orNone(ts, ((PyProperty) self).fget), null);
        Slots.getset(t, "fset", (ts, self) -> orNone(ts, ((PyProperty) self).fset), null);
        Slots.getset(t, "fdel", (ts, self) -> orNone(ts, ((PyProperty) self).fdel), null);
        Slots.getset(t, "__doc__", (ts, self) -> orNone(ts, ((PyProperty) self).doc), null);
        Slots.method(t, "__get__", (ts, a, k) -> {
            PyObj obj = a.length > 1 && a[1] != PyNone.NONE ? a[1] : null;
            return Ops.descrGet(ts, a[0], obj, a.length > 2 && a[2] instanceof PyType ty ? ty : (obj == null ? null : obj.type()));
        });
    }

    private static PyObj orNone(PyThreadState ts, PyObj o) {
        if (o == null) return PyNone.NONE;
        RefCount.incref(o, ts);
        return o;
    }

    private static PyObj copyProperty(PyThreadState ts, PyObj[] a, PyStr[] k, int which) {
        Args.check(ts, "property", a, k, 2, 2);
        PyProperty p = (PyProperty) a[0];
        PyObj f = a[1];
        PyObj doc = p.doc;
        if (which == 0 && f instanceof PyFunction fg && (doc == null)) doc = fg.doc;
        PyProperty np = new PyProperty(ts, which == 0 ? f : p.fget, which == 1 ? f : p.fset, which == 2 ? f : p.fdel, doc);
        np.name = p.name;
        return np;
    }

    // ---- classmethod / staticmethod ----

    private static void installClassMethods() {
        for (boolean isStatic : new boolean[] {false, true}) {
            PyType t = isStatic ? Types.STATICMETHOD : Types.CLASSMETHOD;
            String n = isStatic ? "staticmethod" : "classmethod";
            Slots.staticMethod(t, "__new__", (ts, a, k) -> {
                Args.check(ts, n, a, k, 2, 2);
                return new PyClassMethod(ts, a[1], isStatic);
            });
            Slots.getset(t, "__func__", (ts, self) -> orNone(ts, ((PyClassMethod) self).func), null);
            Slots.getset(t, "__wrapped__", (ts, self) -> orNone(ts, ((PyClassMethod) self).func), null);
        }
    }

    // ---- attributes of types, functions, modules, exceptions that the core owns ----

    private static void installTypeAttributes() {
        PyType t = Types.TYPE;
        Slots.getset(t, "__name__", (ts, self) -> PyStr.intern(((PyType) self).name()), null);
        Slots.getset(t, "__qualname__", (ts, self) -> PyStr.intern(((PyType) self).qualname()), (ts, self, v) -> {
            if (!(v instanceof PyStr s)) throw Exceptions.typeError(ts, "can only assign string to " + ((PyType) self).name() + ".__qualname__, not '" + (v == null ? "NULL" : v.typeName()) + "'");
            ((PyType) self).setQualname(s.value);
        });
        Slots.getset(t, "__mro__", (ts, self) -> PyTuple.of(ts, ((PyType) self).mro()), null);
        Slots.getset(t, "__bases__", (ts, self) -> PyTuple.of(ts, ((PyType) self).bases()), null);
        Slots.getset(t, "__base__", (ts, self) -> orNone(ts, ((PyType) self).base()), null);
        Slots.getset(t, "__module__", (ts, self) -> {
            PyType ty = (PyType) self;
            PyObj m = ty.dict().getStr(PyStr.intern("__module__"));
            return m != null ? orNone(ts, m) : PyStr.intern("builtins");
        }, (ts, self, v) -> ((PyType) self).setTypeAttr(ts, PyStr.intern("__module__"), v));
        Slots.getset(t, "__doc__", (ts, self) -> orNone(ts, ((PyType) self).dict().getStr(PyStr.intern("__doc__"))), null);
        Slots.getset(t, "__dict__", (ts, self) -> orNone(ts, ((PyType) self).dict()), null);
        Slots.method(t, "mro", (ts, a, k) -> {
            Args.check(ts, "mro", a, k, 1, 1);
            return Build.list(ts, increfAll(ts, ((PyType) a[0]).mro()), ((PyType) a[0]).mro().length);
        });
        Slots.method(t, "__subclasses__", (ts, a, k) -> Build.list(ts, new PyObj[0], 0));
        Slots.method(t, "__instancecheck__", (ts, a, k) -> {
            Args.check(ts, "__instancecheck__", a, k, 2, 2);
            return PyBool.of(a[1].type().isSubtypeOf((PyType) a[0]));
        });
        Slots.method(t, "__subclasscheck__", (ts, a, k) -> {
            Args.check(ts, "__subclasscheck__", a, k, 2, 2);
            return PyBool.of(a[1] instanceof PyType s && s.isSubtypeOf((PyType) a[0]));
        });
        Slots.method(t, "__repr__", (ts, a, k) -> a[0].repr(ts));
        Slots.method(t, "__call__", (ts, a, k) -> TypeCall.typeCall(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k));

        PyType fn = Types.FUNCTION;
        Slots.getset(fn, "__name__", (ts, self) -> ((PyFunction) self).name, (ts, self, v) -> {
            if (!(v instanceof PyStr s)) throw Exceptions.typeError(ts, "__name__ must be set to a string object");
            ((PyFunction) self).name = PyStr.intern(s.value);
        });
        Slots.getset(fn, "__qualname__", (ts, self) -> ((PyFunction) self).qualname, (ts, self, v) -> {
            if (!(v instanceof PyStr s)) throw Exceptions.typeError(ts, "__qualname__ must be set to a string object");
            ((PyFunction) self).qualname = PyStr.intern(s.value);
        });
        Slots.getset(fn, "__doc__", (ts, self) -> orNone(ts, ((PyFunction) self).doc), (ts, self, v) -> {
            PyFunction f = (PyFunction) self;
            PyObj old = f.doc;
            f.doc = v == null ? PyNone.NONE : v;
            RefCount.incref(f.doc, ts);
            RefCount.decref(old, ts);
        });
        Slots.getset(fn, "__module__", (ts, self) -> orNone(ts, ((PyFunction) self).module), null);
        Slots.getset(fn, "__defaults__", (ts, self) -> orNone(ts, ((PyFunction) self).defaults), null);
        Slots.getset(fn, "__kwdefaults__", (ts, self) -> orNone(ts, ((PyFunction) self).kwdefaults), null);
        Slots.getset(fn, "__closure__", (ts, self) -> orNone(ts, ((PyFunction) self).closure), null);
        Slots.getset(fn, "__globals__", (ts, self) -> orNone(ts, ((PyFunction) self).globals), null);
        Slots.getset(fn, "__code__", (ts, self) -> ((PyFunction) self).code, null);
        Slots.getset(fn, "__annotations__", (ts, self) -> {
            PyFunction f = (PyFunction) self;
            if (f.annotations == null) f.annotations = new PyDict(ts);
            return orNone(ts, f.annotations);
        }, null);
        Slots.method(fn, "__get__", (ts, a, k) -> {
            PyObj obj = a.length > 1 && a[1] != PyNone.NONE ? a[1] : null;
            return Ops.descrGet(ts, a[0], obj, obj == null ? null : obj.type());
        });
        Slots.method(fn, "__call__", (ts, a, k) -> a[0].call(ts, java.util.Arrays.copyOfRange(a, 1, a.length), k));

        PyType m = Types.METHOD;
        Slots.staticMethod(m, "__new__", (ts, a, k) -> {
            // method(function, instance): what weakref.WeakMethod rebuilds its bound method with
            Args.noKeywords(ts, "method", k);
            if (a.length - 1 != 2) throw Args.countError(ts, "method", a.length - 1, 2, 2);
            if (!Ops.isCallable(a[1])) throw Exceptions.typeError(ts, "first argument must be callable");
            if (a[2] == PyNone.NONE) throw Exceptions.typeError(ts, "instance must not be None");
            return new PyMethod(ts, a[1], a[2]);
        });
        Slots.getset(m, "__func__", (ts, self) -> orNone(ts, ((PyMethod) self).func), null);
        Slots.getset(m, "__self__", (ts, self) -> orNone(ts, ((PyMethod) self).self), null);
        Slots.getset(m, "__name__", (ts, self) -> Ops.getAttr(ts, ((PyMethod) self).func, PyStr.intern("__name__")), null);
        Slots.getset(m, "__qualname__", (ts, self) -> Ops.getAttr(ts, ((PyMethod) self).func, PyStr.intern("__qualname__")), null);
        Slots.getset(m, "__doc__", (ts, self) -> Ops.getAttr(ts, ((PyMethod) self).func, PyStr.intern("__doc__")), null);

        PyType bf = Types.BUILTIN_FUNCTION;
        Slots.getset(bf, "__name__", (ts, self) -> PyStr.intern(((PyBuiltinFunction) self).name), null);
        Slots.getset(bf, "__qualname__", (ts, self) -> PyStr.intern(((PyBuiltinFunction) self).name), null);
        Slots.getset(bf, "__self__", (ts, self) -> orNone(ts, ((PyBuiltinFunction) self).self), null);
        Slots.getset(bf, "__doc__", (ts, self) -> PyNone.NONE, null);
        Slots.getset(Types.METHOD_DESCRIPTOR, "__name__", (ts, self) -> PyStr.intern(((PyMethodDescriptor) self).name), null);
        Slots.getset(Types.METHOD_DESCRIPTOR, "__qualname__", (ts, self) -> PyStr.intern(((PyMethodDescriptor) self).owner.name() + "." + ((PyMethodDescriptor) self).name), null);

        PyType mod = Types.MODULE;
        Slots.getset(mod, "__name__", (ts, self) -> PyStr.intern(((PyModule) self).name), null);

        PyType code = Types.CODE;
        Slots.getset(code, "co_name", (ts, self) -> ((PyCode) self).name, null);
        Slots.getset(code, "co_qualname", (ts, self) -> ((PyCode) self).qualname, null);
        Slots.getset(code, "co_filename", (ts, self) -> PyStr.intern(((PyCode) self).code.filename), null);
        Slots.getset(code, "co_firstlineno", (ts, self) -> PyInt.of(ts, ((PyCode) self).code.firstLineno), null);
        Slots.getset(code, "co_argcount", (ts, self) -> PyInt.of(ts, ((PyCode) self).code.argCount), null);
        Slots.getset(code, "co_varnames", (ts, self) -> {
            PyCode c = (PyCode) self;
            java.util.List<PyObj> names = new java.util.ArrayList<>();
            for (int i = 0; i < c.nlocalsplus; i++) {
                if ((c.code.localsKinds[i] & Code.KIND_LOCAL) != 0) names.add(c.localsNames[i]);
            }
            return PyTuple.of(ts, names.toArray(new PyObj[0]));
        }, null);

        Slots.getset(Types.CELL, "cell_contents", (ts, self) -> {
            PyObj v = ((PyCell) self).value;
            if (v == null) throw Exceptions.valueError(ts, "Cell is empty");
            RefCount.incref(v, ts);
            return v;
        }, null);
    }

    private static PyObj[] increfAll(PyThreadState ts, PyObj[] a) {
        PyObj[] c = a.clone();
        for (PyObj o : c) RefCount.incref(o, ts);
        return c;
    }
}
