package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;

/** {@code classmethod} (binds the class) and {@code staticmethod} (binds nothing) wrappers. */
public final class PyClassMethod extends PyObj {
    public final boolean isStatic;
    public PyObj func;

    public PyClassMethod(ThreadState ts, PyObj func, boolean isStatic) {
        super(ts);
        RefCount.incref(func, ts);
        this.func = func;
        this.isStatic = isStatic;
    }

    @Override
    public PyType type() {
        return isStatic ? Types.STATICMETHOD : Types.CLASSMETHOD;
    }

    @Override
    public boolean isCallable() {
        return isStatic;
    }

    @Override
    public PyObj call(skein.interpreter.runtime.PyThreadState ts, PyObj[] args, PyStr[] kwnames) {
        return isStatic ? skein.interpreter.runtime.Ops.call(ts, func, args, kwnames) : null;
    }

    @Override
    protected void clearReferences(ThreadState ts) {
        PyObj f = func;
        func = null;
        if (f != null) RefCount.decref(f, ts);
    }
}
