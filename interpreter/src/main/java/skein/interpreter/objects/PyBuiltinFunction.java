package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.NativeFn;
import skein.interpreter.runtime.PyThreadState;

/**
 * {@code builtin_function_or_method}: a {@link NativeFn} with a name, either free
 * ({@code len}) or bound to {@code self} ({@code [].append}), in which case {@code self} is
 * passed as the first argument.
 */
public final class PyBuiltinFunction extends PyObj implements Weakrefable {
    /** Weak references to this object (WeakRefs), newest first; null when none. */
    private volatile PyWeakReference weakrefs;

    @Override
    public PyWeakReference weakrefHead() {
        return weakrefs;
    }

    @Override
    public void setWeakrefHead(PyWeakReference head) {
        weakrefs = head;
    }

    @Override
    protected void clearWeakRefs(skein.gc.ThreadState ts) {
        WeakRefs.clearOnDeath(this, ts);
    }

    public final String name;
    public final NativeFn fn;
    /** The bound object (owned), or null. */
    public final PyObj self;
    /** The module name ({@code "builtins"}) or the owning type's name, for repr. */
    public final String owner;

    /** An immortal free function (the builtins module, other native modules). */
    public PyBuiltinFunction(String owner, String name, NativeFn fn) {
        super();
        this.name = name;
        this.fn = fn;
        this.self = null;
        this.owner = owner;
    }

    /** A method bound to {@code self} (borrowed; the bound method keeps a reference). */
    public PyBuiltinFunction(ThreadState ts, String owner, String name, NativeFn fn, PyObj self) {
        super(ts);
        this.name = name;
        this.fn = fn;
        RefCount.incref(self, ts);
        this.self = self;
        this.owner = owner;
    }

    @Override
    public PyType type() {
        return Types.BUILTIN_FUNCTION;
    }

    @Override
    public PyObj call(PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        if (self == null) return fn.call(ts, args, kwnames);
        PyObj[] full = new PyObj[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return fn.call(ts, full, kwnames);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyStr repr(PyThreadState ts) {
        if (self == null || self instanceof PyModule) return new PyStr(ts, "<built-in function " + name + ">");
        return new PyStr(ts, "<built-in method " + name + " of " + self.typeName() + " object at 0x"
                + String.format("%012x", self.identityHash()) + ">");
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        if (self != null) RefCount.decref(self, ts);
    }
}
