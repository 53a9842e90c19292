package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

/**
 * Calling a type: {@code type(x)}, {@code type(name, bases, ns)}, and for every other class
 * {@code cls.__new__(cls, ...)} followed by {@code __init__} when the result is an instance
 * of {@code cls} — CPython's {@code type_call}. Also {@code object.__new__} and
 * {@code object.__init__} with CPython's excess-argument rules.
 */
public final class TypeCall {
    private TypeCall() {}

    public static final PyStr S_NEW = PyStr.intern("__new__");
    public static final PyStr S_INIT = PyStr.intern("__init__");

    public static final PyMethodDescriptor OBJECT_NEW = new PyMethodDescriptor(Types.OBJECT, "__new__",
            PyMethodDescriptor.Kind.STATIC, TypeCall::objectNew);
    public static final PyMethodDescriptor OBJECT_INIT = new PyMethodDescriptor(Types.OBJECT, "__init__",
            PyMethodDescriptor.Kind.INSTANCE, TypeCall::objectInit);

    public static PyObj call(PyThreadState ts, PyType type, PyObj[] args, PyStr[] kwnames) {
        int npos = Args.npos(args, kwnames);
        if (type == Types.TYPE) {
            if (npos == 1 && kwnames == null) {
                PyType t = args[0].type();
                RefCount.incref(t, ts);
                return t;
            }
            if (npos != 3) throw Exceptions.typeError(ts, "type() takes 1 or 3 arguments");
        }
        PyObj newFn = type.lookup(S_NEW);
        PyObj obj;
        if (newFn == OBJECT_NEW) {
            obj = objectNewChecked(ts, type, args, kwnames);
        } else {
            PyObj[] full = new PyObj[args.length + 1];
            full[0] = type;
            System.arraycopy(args, 0, full, 1, args.length);
            PyObj f = newFn instanceof PyClassMethod cm && cm.isStatic ? cm.func : newFn;
            obj = Ops.call(ts, f, full, kwnames);
        }
        if (!obj.type().isSubtypeOf(type)) return obj;
        PyObj init = obj.type().lookup(S_INIT);
        if (init != null && init != OBJECT_INIT) {
            PyObj r;
            try {
                r = Ops.callMethod(ts, init, obj, args, kwnames);
            } catch (PyException e) {
                RefCount.decref(obj, ts);
                throw e;
            }
            if (r != PyNone.NONE) {
                String tn = r.typeName();
                RefCount.decref(r, ts);
                RefCount.decref(obj, ts);
                throw Exceptions.typeError(ts, "__init__() should return None, not '" + tn + "'");
            }
        }
        return obj;
    }

    /** {@code object.__new__(cls)} reached through {@code cls(...)}: excess arguments are an error unless __init__ is overridden. */
    private static PyObj objectNewChecked(PyThreadState ts, PyType type, PyObj[] args, PyStr[] kwnames) {
        if (args.length > 0 && type.lookup(S_INIT) == OBJECT_INIT) {
            throw Exceptions.typeError(ts, type.name() + "() takes no arguments");
        }
        return instantiate(ts, type);
    }

    private static PyObj objectNew(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        if (args.length == 0) throw Exceptions.typeError(ts, "object.__new__(): not enough arguments");
        if (!(args[0] instanceof PyType type)) {
            throw Exceptions.typeError(ts, "object.__new__(X): X is not a type object (" + args[0].typeName() + ")");
        }
        if (args.length > 1 && type.lookup(S_INIT) == OBJECT_INIT) {
            throw Exceptions.typeError(ts, type.name() + "() takes no arguments");
        }
        PyType solid = type.solidBase();
        if (solid != Types.OBJECT && !solid.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
            throw Exceptions.typeError(ts, "object.__new__(" + type.name() + ") is not safe, use " + solid.name() + ".__new__()");
        }
        return instantiate(ts, type);
    }

    /** A bare instance of {@code type}, made by its solid base's factory. */
    public static PyObj instantiate(PyThreadState ts, PyType type) {
        PyType.InstanceFactory f = type.factory();
        if (f == null) throw Exceptions.typeError(ts, "cannot create '" + type.name() + "' instances");
        return f.create(ts, type);
    }

    private static PyObj objectInit(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        if (args.length > 1) {
            PyType type = args[0].type();
            if (type.lookup(S_INIT) != OBJECT_INIT) {
                throw Exceptions.typeError(ts, "object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.lookup(S_NEW) == OBJECT_NEW) {
                throw Exceptions.typeError(ts, type.name() + "() takes no arguments");
            }
        }
        return PyNone.NONE;
    }
}
