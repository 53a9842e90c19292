package skein.interpreter.objects;

import skein.gc.RefCount;
import skein.gc.ThreadState;
import skein.interpreter.runtime.PyThreadState;

/** Base of the builtin iterator objects: {@code iter(it)} is {@code it} itself. */
public abstract class AbstractIterator extends PyObj {
    protected AbstractIterator(ThreadState ts) {
        super(ts);
    }

    @Override
    public final PyObj iter(PyThreadState ts) {
        RefCount.incref(this, ts);
        return this;
    }

    @Override
    public final boolean isIterator() {
        return true;
    }

    @Override
    public abstract PyObj next(PyThreadState ts);
}
