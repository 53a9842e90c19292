package skein.interpreter.objects;

import skein.interpreter.runtime.Exceptions;
import skein.interpreter.runtime.NativeFn;
import skein.interpreter.runtime.PyThreadState;

/**
 * A method of a builtin type as found in the type's dictionary ({@code list.append}).
 * Called through the type it takes {@code self} as its first argument; {@code LOAD_METHOD}
 * calls it without making a bound method at all (the reason it is a descriptor and not a
 * plain function); {@code obj.append} binds it into a {@link PyBuiltinFunction}.
 *
 * <p>{@code kind} CLASS makes it a class method ({@code dict.fromkeys}): binding passes the
 * type; STATIC passes nothing ({@code str.maketrans}).
 */
public final class PyMethodDescriptor extends PyObj {
    public enum Kind { INSTANCE, CLASS, STATIC }

    public final PyType owner;
    public final String name;
    public final NativeFn fn;
    public final Kind kind;

    public PyMethodDescriptor(PyType owner, String name, Kind kind, NativeFn fn) {
        super();
        this.owner = owner;
        this.name = name;
        this.fn = fn;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return kind == Kind.CLASS ? Types.CLASSMETHOD_DESCRIPTOR : Types.METHOD_DESCRIPTOR;
    }

    /** Binds to {@code obj} (null when looked up on the type itself) for {@code type}. */
    public PyObj bind(PyThreadState ts, PyObj obj, PyType type) {
        switch (kind) {
            case CLASS: return new PyBuiltinFunction(ts, owner.name(), name, fn, type);
            case STATIC: return this;
            default:
                if (obj == null) return this;
                return new PyBuiltinFunction(ts, owner.name(), name, fn, obj);
        }
    }

    @Override
    public PyObj call(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        if (kind == Kind.STATIC) return fn.call(ts, args, kwnames);
        if (kind == Kind.CLASS) {
            PyObj[] full = new PyObj[args.length + 1];
            full[0] = owner;
            System.arraycopy(args, 0, full, 1, args.length);
            return fn.call(ts, full, kwnames);
        }
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw Exceptions.typeError(ts, "unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        if (!args[0].type().isSubtypeOf(owner)) {
            throw Exceptions.typeError(ts, "descriptor '" + name + "' for '" + owner.name()
                    + "' objects doesn't apply to a '" + args[0].typeName() + "' object");
        }
        return fn.call(ts, args, kwnames);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        return new PyStr(ts, "<method '" + name + "' of '" + owner.name() + "' objects>");
    }
}
