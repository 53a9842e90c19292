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

    /**
     * {@code type(...)} for a class object: its metaclass's {@code __call__} when a metaclass
     * overrides it (a metaclass written in Python, calling {@code super().__call__} to get
     * here again through {@link #typeCall}), else {@link #typeCall}.
     */
    public static PyObj call(PyThreadState ts, PyType type, PyObj[] args, PyStr[] kwnames) {
        PyType meta = type.type();
        if (meta != Types.TYPE && meta.isHeapType()) {
            PyObj c = meta.lookup(Ops.S_CALL);
            if (c != null && c != Types.TYPE.lookup(Ops.S_CALL)) return Ops.callMethod(ts, c, type, args, kwnames);
        }
        return typeCall(ts, type, args, kwnames);
    }

    /** {@code type.__call__(cls, ...)}: {@code __new__} then {@code __init__}. */
    public static PyObj typeCall(PyThreadState ts, PyType type, PyObj[] args, PyStr[] kwnames) {
        int npos = Args.npos(args, kwnames);
        if (type == Types.TYPE) {
            if (npos == 1 && kwnames == null) {
                PyType t = args[0].type();
                RefCount.incref(t, ts);
                return t;
            }
            if (npos != 3) throw Exceptions.typeError(ts, "type() takes 1 or 3 arguments");
        }
        if (type == Types.SET && npos <= 1 && kwnames == null) {
            // set(iterable) straight to the set, as CPython's set_vectorcall: skips looking up and
            // calling __new__ and __init__, and fills the new set without its lock (PySet.make)
            return PySet.make(ts, false, npos == 1 ? args[0] : null);
        }
        if (type == Types.TUPLE && npos <= 1 && kwnames == null) {
            // tuple(iterable), as CPython's tuple_vectorcall (tuple.__new__'s own rules, minus the lookups)
            return npos == 0 ? PyTuple.EMPTY : PyTuple.fromIterable(ts, args[0]);
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

    /** co_flags of generator, coroutine and async-generator code: calling such an __init__ makes an object, not a frame. */
    private static final int SUSPENDING_CODE = 0x20 | 0x80 | 0x100 | 0x200;

    /**
     * The eval loop's {@code cls(args)} for the common class — plain metaclass,
     * {@code object.__new__}, an {@code __init__} written in Python — as a frame instead of a
     * Java call: the new instance replaces the class at {@code src[off]}, and the returned frame
     * runs {@code __init__} on {@code src[off..off+nargs]} in the same loop, holding the
     * instance in {@link Frame#initSelf} for its return (CPython 3.12's
     * {@code CALL_ALLOC_AND_ENTER_INIT}). Without it every object creation re-enters the eval loop
     * from Java. Null, with nothing changed, when the class needs {@link #call}.
     */
    static Frame initFrame(PyThreadState ts, PyType type, PyObj[] src, int off, int nargs, PyStr[] kwnames) {
        if (type.type() != Types.TYPE || !type.isHeapType() || type.lookup(S_NEW) != OBJECT_NEW) return null;
        if (!(type.lookup(S_INIT) instanceof PyFunction init) || (init.code.code.flags & SUSPENDING_CODE) != 0) return null;
        if (type.factory() == null) return null;
        PyObj obj = instantiate(ts, type);
        PyObj cls = src[off];
        src[off] = obj; // the instance's new reference becomes the slot's
        RefCount.decrefStack(cls, ts);
        Frame f = kwnames == null ? Calls.newFrameMovingArgs(ts, init, src, off, nargs + 1) : null;
        if (f == null) f = Calls.newFrame(ts, init, src, off, nargs + 1, kwnames);
        RefCount.incref(obj, ts);
        f.initSelf = obj;
        return f;
    }

    /** The check after an {@link #initFrame} returned {@code r} (a stack reference, dropped here if not None). */
    static PyException initReturned(PyThreadState ts, PyObj r) {
        String tn = r.typeName();
        RefCount.decrefStack(r, ts);
        return Exceptions.typeError(ts, "__init__() should return None, not '" + tn + "'");
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
